# A function's attributes (__name__ __qualname__ __doc__ __module__ __defaults__
# __kwdefaults__ __closure__ __code__ __globals__ __builtins__ __dict__, the last made
# on first use), a bound method's __func__ and __self__, a cell's cell_contents.
import sys, gc
def fun(a, b=[1], *, c=3):
    "the doc"
    return a
print(fun.__name__, fun.__qualname__, fun.__doc__, fun.__module__, fun.__defaults__, fun.__kwdefaults__)
print(sys.getrefcount(fun.__defaults__), sys.getrefcount(fun.__name__), sys.getrefcount(fun.__doc__))
print([type(x).__name__ for x in gc.get_referents(fun)])
d = fun.__dict__
print(d, d is fun.__dict__, gc.is_tracked(d), sys.getsizeof(d), sys.getrefcount(d))
print([type(x).__name__ for x in gc.get_referents(fun)])
del d
x = 5
def outer(n):
    def inner():
        return n + x
    return inner
g = outer(2)
print(g.__name__, g.__qualname__, g.__doc__, len(g.__closure__), g.__closure__[0].cell_contents)
print(type(g.__code__).__name__, g.__globals__ is fun.__globals__, type(g.__builtins__).__name__)
print((lambda: 0).__name__, (lambda q=1: q).__defaults__)
class K:
    def m(self):
        "m doc"
        return 1
k = K()
bm = k.m
print(K.m.__qualname__, bm.__name__, bm.__func__ is K.m, bm.__self__ is k, bm.__doc__, bm.__qualname__)
print(sys.getrefcount(k), sys.getrefcount(K.m))
try:
    fun.nothing
except AttributeError as e:
    print(e)
try:
    bm.nothing
except AttributeError as e:
    print(e)
print(fun.__class__.__name__, bm.__class__.__name__)
