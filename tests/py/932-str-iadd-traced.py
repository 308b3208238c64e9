# tracemalloc sees s += t as CPython's realloc: in place, the trace of
# the str's block just grows (no moment with two copies, so the peak stays
# low); moved, the new block is traced before the old one is freed.
import tracemalloc

def build(n, piece):
    s = 'ab' * 3
    for i in range(n):
        s += piece
    return s

def build_copy(n, piece):
    s = 'ab' * 3
    for i in range(n):
        t = s + piece
        s = t
    return s

build(10, 'x')
build_copy(10, 'x')
tracemalloc.start()
a = build(24, 'x')
cur, peak = tracemalloc.get_traced_memory()
print(cur, peak)
tracemalloc.reset_peak()
b = build_copy(24, 'x')
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 - cur, peak2 - cur)
tracemalloc.reset_peak()
c = build(30, 'xyz0123456789')
cur3, peak3 = tracemalloc.get_traced_memory()
print(cur3 - cur2, peak3 - cur2)
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno')[:3]:
    print(st.traceback[0].lineno, st.size, st.count)
tracemalloc.stop()
print(len(a), len(b), len(c))
