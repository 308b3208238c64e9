match x:
    case [a, b] as a:
        pass
