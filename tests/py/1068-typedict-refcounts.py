# The values of a builtin type's __dict__ are start-up objects held by the
# dict alone: sys.getrefcount of each is 2 (the dict and the argument), and
# a name or a container holding one adds its own reference.  The proxy is
# a new object each time, held only by the name it is given to.
import sys

r = sys.getrefcount


def counts():
    print(r(int.__dict__["bit_length"]), r(int.bit_length), r(list.__dict__["__repr__"]),
          r(int.__dict__["real"]), r(dict.__dict__["fromkeys"]), r(int.__dict__["__new__"]),
          r(str.__dict__["maketrans"]), r(int.__dict__["__doc__"]),
          r(int.__dict__["as_integer_ratio"]), r(object.__dict__["__getattribute__"]))


counts()
x = int.__dict__["bit_length"]
print(r(x))
y = x
print(r(x))
keep = [x, x, int.__dict__["__doc__"]]
print(r(x), r(int.__dict__["__doc__"]))
counts()
del y, keep
print(r(x))
counts()
p = int.__dict__
print(r(p))
q = [p]
print(r(p))
