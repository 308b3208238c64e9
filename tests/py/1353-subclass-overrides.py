# Subclasses of tuple, str, float and int overriding special methods: an
# __init__ beside tuple's __new__, __repr__ through super(), __eq__ alone
# making str's instances unhashable (__hash__ None), __add__ and __str__
# on numbers, __del__ on a float subclass, a cycle through a str's __dict__.
import sys, gc
class P(tuple):
    def __init__(self, x, y):
        print("init", x, y)
try:
    P(1, 2)
except TypeError as e:
    print(e)
class Q(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __init__(self, *xs):
        print("init", xs)
    def __repr__(self):
        return "Q" + super().__repr__()
q = Q(1, 2, 3)
print(q, repr(q), str(q), len(q), q[0])
class V(str):
    def __eq__(self, o):
        return str.__eq__(self, o)
try:
    hash(V('a'))
except TypeError as e:
    print(e)
class W(float):
    def __repr__(self):
        return "W(%s)" % float.__repr__(self)
    def __add__(self, o):
        return W(float(self) + o)
w = W(1.5)
print(w, repr(w), w + 1, type(w + 1).__name__, 1 + w, type(1 + w).__name__, [w], str(w))
class N(int):
    def __str__(self):
        return "N" + int.__repr__(self)
n = N(3)
print(n, str(n), repr(n), f"{n}", "%s" % n, "%d" % n, n + 1)
class Z(int):
    __slots__ = ()
z = Z(0)
print(bool(z), not z, z == 0, -z, sys.getrefcount(z))
class R(str):
    pass
r = R("abc")
r.x = r
del r
print(gc.collect())
class B(float):
    def __del__(self):
        print("del", float(self))
b = B(2.5)
del b
print(type(Q.__new__(Q, 9)).__name__, Q.__new__(Q, 9), isinstance(Q(), tuple))
print(sorted([N(3), N(1)]), max(N(3), 5), {N(1): 'a'}[1], list(map(type, [N(1) + N(2)])))
