match = 3
match match:
    case case: print(case)
