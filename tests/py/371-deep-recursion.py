# Deep recursion at a raised limit: Python-to-Python calls run inlined in
# 3.11's eval loop (their frames in the data stack's chunks, which
# tracemalloc sees); calls through C (__init__, sorted's key, map, a
# generator's yield from) recurse in C, a few thousand deep here.
import sys, tracemalloc, gc
sys.setrecursionlimit(250000)
print(sys.getrecursionlimit())
def f(n):
    if n == 0:
        return tracemalloc.get_traced_memory()
    return f(n - 1)
def g(n):
    if n == 0:
        return 0
    x = [n]
    return g(n - 1) + x[0]
for depth in (100, 5000, 50000):
    gc.collect()
    tracemalloc.start()
    cur, peak = f(depth)
    after = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(depth, cur, peak, after, gc.get_count())
    tracemalloc.start()
    r = g(depth)
    print(depth, r, tracemalloc.get_traced_memory(), gc.get_count())
    tracemalloc.stop()
class T:
    def walk(self, n):
        return 0 if n == 0 else self.walk(n - 1) + 1
def closure(n):
    def inner(k, acc=[]):
        if k == 0:
            return len(acc)
        acc.append(k)
        return inner(k - 1)
    return inner(n)
def comp(n):
    return [0] if n == 0 else [x + 1 for x in comp(n - 1)][:1]
def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
class A:
    def __init__(self, n):
        self.c = A(n - 1) if n else None
def key(n):
    return 0 if n == 0 else sorted([n - 1], key=key)[0] + 1
def mapped(n):
    return 0 if n == 0 else sum(map(mapped, [n - 1])) + 1
def depth_of(a):
    n = 0
    while a.c:
        a, n = a.c, n + 1
    return n
print(T().walk(200000))
for name, fn, n in [("method", T().walk, 30000), ("closure", closure, 30000), ("comp", comp, 20000),
                    ("gen", lambda n: sum(gen(n)), 3000), ("init", lambda n: depth_of(A(n)), 3000),
                    ("key", key, 1000), ("map", mapped, 3000)]:
    gc.collect()
    tracemalloc.start()
    r = fn(n)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(name, r, cur, peak, gc.get_count())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(e)
