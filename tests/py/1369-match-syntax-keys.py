# A constant key repeated in a mapping pattern is a compile-time error;
# keys compare as a set does, so True and 1 are the same key.
print("never printed")
match {}:
    case {True: a, "x": b, 1: c}:
        pass
