# Subclasses of set and frozenset laid out as CPython 3.11's: the set's 200
# bytes with a managed __dict__ (a 32-byte pre-header: 232), set's own
# weakreflist (no __weakref__ slot added; __slots__ gives 8 bytes each),
# tracked, tracemalloc's sizes (the dict made on the first attribute),
# weak references, collection of cycles through them, repr (S({1}), S()),
# the operators keeping the subclass in place (|=, &=) and __init__ again.
import sys, gc, tracemalloc, _weakref
class S(set): pass
class F(frozenset): pass
class SS(set): __slots__ = ('a',)
class FE(frozenset): __slots__ = ()
print(sys.getsizeof(S()), sys.getsizeof(F()), sys.getsizeof(SS()), sys.getsizeof(FE()), sys.getsizeof(S(range(20))))
tracemalloc.start()
a = tracemalloc.get_traced_memory()[0]
x = S([1, 2, 3])
b = tracemalloc.get_traced_memory()[0]
x.tag = 'x'
c = tracemalloc.get_traced_memory()[0]
y = F(range(30))
d = tracemalloc.get_traced_memory()[0]
print(b - a, c - b, d - c)
print(gc.is_tracked(x), gc.is_tracked(y), gc.is_tracked(FE()))
r = _weakref.ref(x)
print(r() is x, _weakref.getweakrefcount(x))
ss = SS([5]); ss.a = ss
try:
    ss.b = 1
except AttributeError as e:
    print(e)
del ss
print(gc.collect())
x.add(x and 4)
x.me = x
del x
print(r(), gc.collect())
f = F('abc')
print(sorted(f), len(f), 'a' in f, hash(f) == hash(frozenset('abc')), f == frozenset('abc'), f == set('abc'))
print(sys.getrefcount(f), {f: 1}[frozenset('abc')])
s = S('xy')
print(sorted(s), s.isdisjoint('q'), s <= set('xyz'), s < S('xyz'), s == S('yx'))
s.update('z'); s.discard('x'); s.remove('y'); print(s, s.pop(), s)
s |= {1}; print(type(s).__name__, s)
s &= {1, 2}; s -= {9}; s ^= {3}; print(type(s).__name__, sorted(s))
print(repr(S()), repr(F()), S({1}), F({2}))
class R(set):
    def __repr__(self): return 'R!'
print(R([1]), str(R()), [R()])
print(S.__mro__, F.__mro__)
s2 = S([1]); s2.__init__([7, 8]); print(sorted(s2))
try:
    hash(S())
except TypeError as e: print(e)
print(F([1]) | F([2]), type(F([1]).union([3])).__name__, F([1]).copy(), type(F([1]) - {1}).__name__)
print(set.__new__(S), type(set.__new__(S, [1])).__name__, frozenset.__new__(F, [3]), frozenset.__new__(frozenset, [4]))
print(set(S([1])), frozenset(F([2])), frozenset(F([2])) == F([2]))
