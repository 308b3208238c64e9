# Tuple assignment of two or three values makes no tuple (CPython 3.11's
# compiler turns BUILD_TUPLE n + UNPACK_SEQUENCE n into SWAP n), and in a
# function the stores to locals are reordered: the last target first.
import gc
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a, b = D(1), D(2)
a, b = D(3), D(4)           # module level: a's old value dies first
a, b, c = D(5), D(6), D(7)
print("swap at module level")
a, b = b, a
print(a.n, b.n)


def f():
    x, y = D(11), D(12)
    x, y = D(13), D(14)     # in a function: y's old value dies first
    x, y, z = D(15), D(16), D(17)
    x, y, z = z, y, x
    print(x.n, y.n, z.n)
    p, = D(18),
    p, = 5,
    q, r = 1, 2             # a constant tuple is still made and unpacked
    s, t = [D(19), D(20)]   # a list is built and unpacked
    s, t = 0, 0
    print("end of f", q, r)


f()
del a, b, c


def counts():
    gc.collect()
    u, v = 1, 2
    c0 = gc.get_count()
    c1 = gc.get_count()
    u, v = v, u
    u, v, w = v, u, 3
    c2 = gc.get_count()
    print(c1[0] - c0[0], c2[0] - c1[0], u, v, w)


counts()
gc.collect()
m, n = [], {}
c0 = gc.get_count()
c1 = gc.get_count()
m, n = n, m
c2 = gc.get_count()
print(c1[0] - c0[0], c2[0] - c1[0])
obj = D(30)
obj.n, k = 31, D(32)
print(obj.n, k.n)
obj.n, k = k.n, obj
print(sys.getrefcount(k) - 1, obj.n)
del obj, k
print("done")
