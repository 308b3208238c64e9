# Subclasses of tuple, str, float and int overriding special methods: an
# __init__ beside tuple's __new__, __repr__ through super(), __eq__ alone
# making str's instances unhashable (__hash__ None), __add__ and __str__
# on numbers, __del__ on a float subclass, a cycle through a str's __dict__;
# then subtype_dealloc's order: __del__, the __slots__ (in sorted order),
# the __dict__, then the base's items (a tuple's last first), and a float
# subclass's instance resurrected by its __del__.
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

class Loud2:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class T2(tuple):
    def __del__(self):
        print("T del", len(self))
class S2(str):
    __slots__ = ("a", "b")
class I2(int):
    pass
t = T2((Loud2(1), Loud2(2)))
t.extra = Loud2(3)
t.more = Loud2(4)
del t
s = S2("x")
s.b = Loud2(5)
s.a = Loud2(6)
del s
i = I2(7)
i.z = Loud2(8)
del i
class F2(float):
    def __del__(self):
        print("F del", float(self))
        global keep
        keep = self
f = F2(2.5)
del f
print(keep, type(keep).__name__)
del keep
print("end")
