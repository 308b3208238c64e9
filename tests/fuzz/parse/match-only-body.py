def m(s):
    match s:
        case {**rest}: pass
