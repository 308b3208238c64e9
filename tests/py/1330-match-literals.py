# The match statement's literal patterns: ints, negative numbers, floats,
# complex literals (1+2j is folded by the optimizer), strings, bytes, the
# singletons None/True/False (compared with `is`), or-patterns, `as`
# captures, guards and a trailing wildcard.
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1 | -2:
            return "minus one or two"
        case 1.5 | -2.5:
            return "a float"
        case 1+2j | -1-2j:
            return "complex"
        case "hi" "!" | b"raw":
            return "text"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case (3 | 4 | 5) as n if n > 3:
            return f"four or five: {n}"
        case int(n) if n < 0:
            return f"negative {n}"
        case _:
            return "other"

for v in [0, -1, -2, 1.5, -2.5, 1+2j, -1-2j, "hi!", b"raw", None, True, False,
          1, 0.0, 3, 4, 5, -7, "x", 3.0, 4.0]:
    print(repr(v), "->", classify(v))

match 10:
    case 1:
        print("no")
    case x if x > 5:
        print("captured", x)
print(x)
