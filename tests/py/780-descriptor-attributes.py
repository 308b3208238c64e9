# what builtin descriptors and bound builtins tell about themselves, and
# how they compare and hash
a = [1]
m = a.__repr__
print(m == a.__repr__, m != a.__repr__, m == a.__len__, hash(m) == hash(a.__repr__), m.__self__ is a)
print(m.__name__, m.__qualname__, m.__objclass__, list.__repr__.__name__, list.__repr__.__qualname__)
print(list.__repr__.__objclass__, object.__init__.__qualname__, (5).__add__.__objclass__)
print(a.append == a.append, a.append == [].append, a.append.__self__ is a, a.append.__name__, a.append.__qualname__)
print(len.__name__, len.__qualname__, int.real.__name__, int.real.__qualname__, int.real.__objclass__)
print(list.append.__name__, list.append.__qualname__, list.append.__objclass__, dict.fromkeys.__name__)
s = {a.__len__, a.__len__, a.append, a.append, len, len}
print(len(s), a.__len__ in s, a.__repr__ in s)
import sys
print(sys.getsizeof.__name__, sys.getsizeof.__qualname__)
print(complex.real, type(complex.imag), (1+2j).real, (3j).imag)
x = 1j
try:
    x.real = 2
except AttributeError as e:
    print(e)
try:
    a.__repr__ = None
except AttributeError as e:
    print(e)
try:
    a.append = None
except AttributeError as e:
    print(e)
class C:
    def m(self):
        pass
    def __repr__(self):
        return 'C!'
class D:
    def m(self):
        pass
    @classmethod
    def k(cls):
        pass
print(C().m, repr(D().m)[:40], repr(D.k)[:40])
def f():
    pass
class E:
    g = f
    def __repr__(self):
        return 'E()'
print(E().g)
