# set and frozenset subclasses' __new__ and __init__ as python3's: set_new
# ignores its arguments and set_init takes them (set()'s keyword error, the
# class's name in the count error), frozenset_new decides the items (its
# keyword error only while __init__ is object's), set.__new__ and
# frozenset.__new__ checks, the operations that give exact set/frozenset
# (|, -, copy(), union()) and hashing, equality and 'in' of the instances.
import sys, gc
class S(set):
    def __init__(self, items=(), tag=None):
        super().__init__(items)
        self.tag = tag
class F(frozenset):
    def __new__(cls, items=(), scale=1):
        self = super().__new__(cls, [i * scale for i in items])
        self.scale = scale
        return self
class P(frozenset): pass
class Q(set): pass
s = S([3, 1], tag='t')
print(s, s.tag, sorted(s), len(s))
f = F([1, 2], scale=10)
print(f, f.scale, sorted(f), hash(f) == hash(frozenset([10, 20])))
for bad in (lambda: P([1], x=2), lambda: P(1, 2), lambda: Q(x=1), lambda: Q(1, 2), lambda: Q(3),
            lambda: set.__new__(P), lambda: frozenset.__new__(Q), lambda: set.__new__(set, x=1),
            lambda: S.__init__(P())):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(set.__new__(set, [1, 2]), frozenset.__new__(P), set.__new__(Q, [5]))
q = Q([1, 2]); q.__init__(); print(q); q.__init__('ab'); print(sorted(q))
print(frozenset([1]) in {P([1])}, Q([1]) in [frozenset([1])], Q([1]) in {frozenset([1])})
print(P([1]) == frozenset([1]), Q([1]) == {1}, Q() < Q([1]), P([1]) >= set())
d = dict.fromkeys(Q('ab'))
print(sorted(d), sorted(list(P('xyz'))), [x for x in Q([5])], set(P([7])), list(reversed(sorted(Q([1, 2])))))
x = Q([1]); y = x
print(sys.getrefcount(x), sys.getrefcount(P), sys.getrefcount(Q))
class C:
    pass
c = C(); q = Q(); q.c = c; c.q = q; q.add(c)
del c, q
print(gc.collect())
class H(frozenset):
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
class H2(frozenset):
    def __hash__(self): return 5
print(hash(H2([1])), {H2(): 1})
print(type(P([1]) | {2}).__name__, type({2} | P([1])).__name__, type({2} - Q([1])).__name__, type(Q([1]).difference()).__name__)
print(type(P([1]).intersection([1])).__name__, type(Q([2]).symmetric_difference([3])).__name__)
print(sorted(Q([1, 2]).copy()), P().copy() is P(), frozenset(P()) == frozenset())
