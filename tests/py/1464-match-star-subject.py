# A starred subject needs a comma (star_named_expression ','): `match *x:`
# is invalid syntax at the ':' as python3 says, not a match statement that
# the compiler then refuses ("can't use starred expression here").
x = [1, 2]
match *x:
    case _:
        pass
