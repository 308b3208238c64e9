# A match subject is a named expression (subject_expr: star_named_expression
# ',' star_named_expressions? | named_expression): `match x := e:` and a
# walrus inside a tuple subject are match statements (heapviz read the line
# as an expression statement and raised "invalid syntax" at ':=').
def first(seq):
    match rest := list(seq):
        case [head, *tail]:
            return head, tail, rest
        case []:
            return None, [], rest


print(first((1, 2, 3)), first(""))
match n := 3, m := 4:
    case (3, 4):
        print("tuple subject", n, m)
match k := 5 if n else 6:
    case 5:
        print("conditional", k)
