# Calls with many arguments: a class's __init__, __call__ and a bound
# method take them as a plain function does (heapviz refused more than 64
# with "more than 64 arguments" outside plain function calls).
import gc
import sys


class P:
    def __init__(self, *a):
        self.n = len(a)

    def __call__(self, *a):
        return sum(a)

    def m(self, first, *rest, **kw):
        return first, len(rest), sorted(kw)


p = P(*range(100))
print(p.n, p(*range(70)), p.m(*range(80)))
print(p.m(*range(65), **{'k%d' % i: i for i in range(3)}))
bound = p.m
print(bound(*range(17)))


def f(*a, **k):
    return len(a), len(k)


print(f(*range(200), **{'k%d' % i: i for i in range(70)}))
big = list(range(1000))
print(P(*big).n, sys.getrefcount(big[500]) > 1)
r = P(*big[:300])
print(r.n, gc.is_tracked(r))
