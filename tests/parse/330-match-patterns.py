# every pattern kind, its AST and positions
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        print("Origin")
    case {"x": 1, -2: y, 1+2j: z, **rest} if y > 0:
        pass
    case (1 | 2) as n:
        pass
    case a.b.c:
        pass
    case (x):
        pass
    case ():
        pass
    case (a, *_,):
        pass
    case None | True | False | "a" "b" | -1.5 - 3j:
        pass
    case *x, y:
        pass
    case _:
        pass
match x, *y:
    case _: pass
