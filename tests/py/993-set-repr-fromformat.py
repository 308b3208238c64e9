# set and frozenset reprs as 3.11 makes them: "set()" and "frozenset()"
# through PyUnicode_FromFormat's writer (a str of the type name first),
# otherwise list(self), its repr, the repr's [1:-1] and "{%U}" (or
# "frozenset({%U})") through another writer, each object dropped in turn;
# a set inside itself is "set(...)".  tracemalloc's peak shows them all.
import tracemalloc


cases = [set(), frozenset(), {1}, {1, 2}, frozenset({3}), {'a', 'b'}, {'\u20ac'}, set(range(40)),
         frozenset(range(100, 130)), {(1, 2), None}, {2.5, -1}]
for c in cases:
    print(repr(c) if len(c) < 2 else len(repr(c)))
tracemalloc.start()
for c in cases:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = repr(c)
    c1, p1 = tracemalloc.get_traced_memory()
    print(type(c).__name__, len(c), c1 - c0, p1 - c0)
    del r
tracemalloc.stop()
