# class Point(tuple): tuple_subtype_new builds an exact tuple (the free
# lists), then a GC object of its items and a __dict__ pointer after them
# (tp_dictoffset -8); the free lists never take the subclass's instances;
# operations give exact tuples; a cycle through the __dict__ is collected.
import sys, gc, tracemalloc
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
class Pair(tuple):
    __slots__ = ()
p = Point(1, 2)
print(p, repr(p), p.x, p[1], len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), list(p), tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, p[::-1], type(p[:]).__name__, p * 2, type(p * 1).__name__, type(p + ()).__name__, 1 in p, p.count(1), p.index(2), sorted(p), max(p))
print(sys.getsizeof(p), sys.getsizeof(Pair()), sys.getsizeof(Pair([1, 2, 3])), gc.is_tracked(p), gc.is_tracked(Pair()))
p.z = 3
print(vars(p), isinstance(p, tuple), type(p).__mro__)
try:
    class Bad(tuple):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
tracemalloc.start()
xs = [Pair((i, i)) for i in range(20)]
print(tracemalloc.get_traced_memory())
del xs
print(tracemalloc.get_traced_memory()[0])
q = Point(0, 0)
q.me = q
del q
print(gc.collect())
print(Pair("ab"), Pair(range(3)), tuple.__new__(Pair, [4]), type(tuple.__new__(tuple, [4])).__name__)
