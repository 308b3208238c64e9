# raise: instances, classes, re-raise, raising inside a handler, exception args
try:
    raise ValueError("message here")
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e))
def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        print("inner handles, then re-raises")
        raise
try:
    inner()
except ZeroDivisionError as e:
    print("outer got:", e)
try:
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped: " + str(e))
except RuntimeError as e:
    print(e)
e = TypeError("a", 2)
print(e.args, str(e), repr(e))
