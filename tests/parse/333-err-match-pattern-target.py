match x:
    case 1 as 3:
        pass
