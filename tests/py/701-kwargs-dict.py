# **kwargs: a new dict for every call (even when empty), filled in the
# order of the keywords, its size and tracking as the dict it becomes
import sys, gc
gc.collect()
def f(**kw):
    print(kw, sys.getsizeof(kw), gc.is_tracked(kw), sys.getrefcount(kw))
    return kw
a = f()
b = f()
print(a is b, a == b)
d = f(x=1, y=2)
print(list(d), sys.getsizeof(d))
d = f(y=[1], x=None)
print(gc.is_tracked(d))
def g(a, *args, k=5, **kw):
    return a, args, k, kw
print(g(1))
print(g(1, 2, 3, k=7, z=8))
print(g(a=1, z=2))
print(g(1, k=2, a2=3, b2=4, c2=5, d2=6, e2=7, f2=8))
big = g(0, **{'k%d' % i: i for i in range(10)})[3]
print(len(big), sys.getsizeof(big))
def n(**kw):
    kw['extra'] = 1
    return kw
print(n(), n(q=0), sys.getsizeof(n()))
