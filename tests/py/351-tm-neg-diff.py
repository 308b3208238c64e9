# StatisticDiff of lines whose blocks were freed: _format_size of a negative
# size_diff (abs() makes an int), "%+.0f %s" of KiB, a count of 0 (no average).
import tracemalloc, gc
gc.collect()
tracemalloc.start()
big = [str(i) * 20 for i in range(20000)]
mid = [i for i in range(3000)]
small = [1, 2]
s1 = tracemalloc.take_snapshot()
del big, mid, small
s2 = tracemalloc.take_snapshot()
diffs = [d for d in s2.compare_to(s1, "lineno") if d.traceback[0].lineno in (6, 7, 8)]
def above_final(f):
    tracemalloc.reset_peak()
    r = f()
    a, p = tracemalloc.get_traced_memory()
    return p - a, r.split(": ", 1)[1] if ": " in r else r
for i in range(9):
    for d in diffs:
        print(d.traceback[0].lineno, above_final(lambda: str(d)))
