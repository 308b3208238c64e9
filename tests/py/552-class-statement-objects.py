# What a class statement makes, as python3 counts it: the class dict's keys
# (__qualname__ leaves it, descriptors and __doc__ join it), the descriptors'
# references to the class, gc counts, and the sorted __slots__.
import gc, sys
gc.collect()
a = gc.get_count()
class C:
    pass
b = gc.get_count()
class D(C):
    def f(self):
        return 1
c = gc.get_count()
class S:
    __slots__ = ('y', 'x')
d = gc.get_count()
class T:
    __slots__ = 'z'
    def g(self):
        pass
e = gc.get_count()
print(a, b, c, d, e)
print(sys.getrefcount(C), sys.getrefcount(D), sys.getrefcount(S), sys.getrefcount(T))
print(list(C.__dict__), list(D.__dict__))
print(list(S.__dict__), list(T.__dict__))
print(S.__slots__, T.__slots__, C.__qualname__, S.__qualname__)
print(S.x, S.y, T.z, type(S.x).__name__)
print(C.__dict__['__dict__'], C.__dict__['__weakref__'], C.__doc__)
s = S()
s.x = 1
s.y = 2
print(s.x + s.y, sys.getsizeof(s))
def make():
    class Local:
        pass
    return Local
L = make()
print(L.__qualname__, L.__name__)
class Doc:
    "a docstring"
print(Doc.__doc__, list(Doc.__dict__))
