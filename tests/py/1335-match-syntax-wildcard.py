# The wildcard inside an or-pattern that is not the last alternative
# makes the rest of the case unreachable: a SyntaxError at the `_`.
print("never printed")
match 3:
    case 1 | _ | 2:
        pass
    case 4:
        pass
