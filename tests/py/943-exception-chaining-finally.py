class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def f(n):
    try:
        if n == 0:
            raise E("zero", 7)
        return 10 // n
    except ZeroDivisionError:
        return -1
    finally:
        print("finally", n)
try:
    f(0)
except E as e:
    print(type(e).__name__, e, e.code, e.args)
print(f(5))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__)
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError("t")
except TypeError as t:
    print(repr(t.__context__))
def g():
    try:
        return "try"
    finally:
        print("cleanup")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
assert 1 + 1 == 2, "math"
try:
    assert [] , "empty list"
except AssertionError as a:
    print("assert", a)
