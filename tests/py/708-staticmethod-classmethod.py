# staticmethod and classmethod: 48 bytes each, tracked, with the __dict__
# functools_wraps fills from the function (which makes the function's
# __annotations__ dict); an instance or the class gives the function itself
# (staticmethod) or a method bound to the class (classmethod)
import sys, gc
gc.collect()
def f(x):
    "doc f"
    return x * 2
sm = staticmethod(f)
print(sys.getsizeof(sm), gc.is_tracked(sm), sm.__func__ is f, sm.__wrapped__ is f)
print(sm.__dict__, sys.getsizeof(sm.__dict__), gc.is_tracked(sm.__dict__))
print(sm.__name__, sm.__doc__, sm.__annotations__ is f.__annotations__, sys.getrefcount(f))
def g(cls, n):
    return cls.__name__, n
cm = classmethod(g)
print(sys.getsizeof(cm), cm.__func__ is g, sorted(cm.__dict__))
class C:
    @staticmethod
    def s(a, b=1):
        return a + b
    @classmethod
    def make(cls, *args):
        return cls, args
    twice = sm
c = C()
print(c.s(1), C.s(2, 3), C.s is C.__dict__['s'].__func__, c.twice(4))
print(c.make(1), C.make(), type(C.__dict__['make']).__name__)
m = C.make
print(type(m).__name__, m.__self__ is C, m.__func__ is C.__dict__['make'].__func__, gc.is_tracked(m))
class D(C):
    pass
print(D.make(0), D().make(), D.s(5))
print(repr(sm).startswith('<staticmethod(<function f at '), repr(cm)[:30])
try:
    staticmethod()
except TypeError as e:
    print(e)
try:
    classmethod(f, f)
except TypeError as e:
    print(e)
l = lambda: 0
print(staticmethod(l).__name__, staticmethod(l).__qualname__)
