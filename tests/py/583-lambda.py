# lambda: a function named <lambda> with None as co_consts[0]; sort keys, defaults,
# closures and keyword-only parameters; the PEG parser's strings for its parameters.
import sys
f = lambda x: x * 2
print(f(3), type(f).__name__)
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
def outer(n):
    return lambda y, z=10: y + n + z
g = outer(5)
print(g(1), g(1, 2), sys.getsizeof(g))
h = lambda: None
print(h(), repr(h)[:18])
k = lambda a, *, b=3: (a, b)
print(k(1), k(1, b=4))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
print(sys.getrefcount(f))
print((lambda q: q + 1)(41))
class C:
    key = lambda self: 7
print(C().key())
import gc
print(gc.is_tracked(f))
fa = lambda alpha: alpha
fb = lambda alpha, beta=2: alpha + beta
fc = lambda *, gamma=1: gamma
fd = lambda delta, /, eps: delta
fe = lambda: zeta
pairs = sorted([(1, 2)], key=lambda item: item[1])
nest2 = lambda outerp: (lambda innerp: innerp + outerp)
print(sys.getrefcount("alpha"), sys.getrefcount("beta"), sys.getrefcount("gamma"), sys.getrefcount("delta"), sys.getrefcount("eps"), sys.getrefcount("zeta"), sys.getrefcount("outerp"), sys.getrefcount("innerp"))
print(sys.getrefcount("fa"), sys.getrefcount("pairs"), sys.getrefcount("nest2"))
