# Special methods a list or dict subclass defines replace its base's slot
# (update_one_slot): __add__, __getitem__, __contains__, __bool__,
# __setitem__, __delitem__; a __mul__ answering NotImplemented leaves no
# sequence repeat behind it.  __slots__ naming __dict__ or __weakref__.
import gc
import sys

class L(list):
    def __add__(self, other):
        return "add"

    def __radd__(self, other):
        return "radd"

    def __getitem__(self, i):
        return i

    def __contains__(self, x):
        return True

    def __bool__(self):
        return False

l = L([1, 2])
print(l + [1], [1] + l, l[5], l[1:2], 7 in l, bool(l), l * 2, len(l), list(l))

class M(list):
    def __mul__(self, other):
        return NotImplemented

    def __setitem__(self, i, value):
        print("setitem", i, value)

    def __delitem__(self, i):
        print("delitem", i)

m = M([1])
m[0] = 5
del m[0]
print(m)
try:
    print(m * 2)
except TypeError as e:
    print(e)

class A(list):
    __slots__ = ('__dict__',)

class B(list):
    __slots__ = ('__weakref__',)

class C(dict):
    __slots__ = ('x', '__dict__')

class E(B):
    __slots__ = ('y',)

for k in (A, B, C, E):
    o = k()
    print(k.__name__, sys.getsizeof(o), hasattr(o, '__dict__'), hasattr(o, '__weakref__'), sorted(k.__dict__))
a = A([1])
a.q = 1
print(a.__dict__, gc.get_referents(a))
c = C()
c.x = 1
c.z = 2
print(c.x, c.z, c.__dict__, gc.get_referents(c))
e = E()
e.y = 3
print(e.y, gc.get_referents(e))
try:
    e.z = 1
except AttributeError as ex:
    print(ex)
