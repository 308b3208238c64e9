# A line starting with the soft keyword match that parses neither as a match
# statement nor as simple statements: the subject's own invalid rule speaks
# first (CPython's second pass tries match_stmt before simple_stmts), here
# invalid_named_expression for an attribute before ':=' (heapviz said
# "invalid syntax" at ':=').
class Box:
    y = 1


x = Box()
match x.y := 1:
    case _:
        pass
