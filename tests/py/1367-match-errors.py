# Run-time errors of class patterns (TypeErrors raised by MATCH_CLASS) and
# the traceback of one that is not caught, located at the pattern.
class A:
    __match_args__ = ["x"]
class B:
    __match_args__ = ("x", 3)
    x = 1
class C:
    __match_args__ = ("x", "y")
    x = 1
    y = 2

def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print("TypeError:", e)

def list_match_args():
    match A():
        case A(1):
            return "matched"
def int_in_match_args():
    match B():
        case B(1, 2):
            return "matched"
def too_many():
    match C():
        case C(1, 2, 3):
            return "matched"
def twice():
    match C():
        case C(1, x=1):
            return "matched"
def not_a_type():
    f = len
    match 5:
        case f():
            return "matched"
def builtin_too_many():
    match 5:
        case int(a, b):
            return "matched"
for fn in [list_match_args, int_in_match_args, too_many, twice, not_a_type, builtin_too_many]:
    attempt(fn)

match C():
    case C(x=1, y=2):
        print("keywords match")
    case C(1, 2, 3):
        print("unreachable")
match C():
    case C(2):
        print("no")
    case C(1, 2, 3):
        print("raises first")
