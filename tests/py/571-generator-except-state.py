# A generator suspended inside an except block keeps the exception it
# handles to itself (gi_exc_state): the code that resumed it does not see
# it as its own __context__, a thrown exception chains to it, a bare raise
# in the generator finds the caller's when it handles none.  The one it
# holds keeps its traceback (and so its frame) alive until it moves on.
import gc
import sys

def parse(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            yield None

numbers = parse(["4", "x", "6"])
print(next(numbers), next(numbers), next(numbers))
try:
    {}["missing"]
except KeyError as e:
    print("context:", repr(e.__context__))
print(list(numbers))

def suspended():
    try:
        raise KeyError("inside")
    except KeyError:
        yield "in except"
        yield "still"

s = suspended()
print(next(s))
print(len(gc.get_referents(s)), type(gc.get_referents(s)[-1]).__name__)
held = gc.get_referents(s)[-1]
print(sys.getrefcount(held))
try:
    raise ValueError("outer")
except ValueError:
    print(next(s))
    try:
        raise TypeError("t")
    except TypeError as t:
        print("context:", repr(t.__context__))
del held
try:
    s.throw(IndexError("thrown"))
except IndexError as e:
    print("thrown context:", repr(e.__context__))

def reraise_later():
    yield 1
    raise

r = reraise_later()
next(r)
try:
    raise OSError("caller's")
except OSError:
    try:
        next(r)
    except OSError as e:
        print("bare raise found", repr(e))

def plain():
    try:
        yield 1
    except ZeroDivisionError as z:
        print("in generator:", repr(z.__context__))
        yield 2

p = plain()
next(p)
try:
    raise NameError("caller")
except NameError:
    print(p.throw(ZeroDivisionError("z")))
print(gc.collect())
