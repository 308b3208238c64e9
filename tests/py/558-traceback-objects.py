# Traceback objects: one per frame an exception passes through, newest first
# (tb_next towards the raise), each naming a frame object; their sizes,
# reference counts and the gc counts they cost.  Nothing is printed before
# the end (python3's first print makes objects of its own).
import gc, sys
gc.collect()
gc.disable()
def f(n):
    if n == 0:
        raise ValueError("x")
    return f(n - 1)
counts = [gc.get_count()[0]]
try:
    f(3)
except ValueError as e:
    counts.append(gc.get_count()[0])
    tb = e.__traceback__
counts.append(gc.get_count()[0])
rows = []
while tb is not None:
    rows.append((type(tb).__name__, tb.tb_lineno, sys.getsizeof(tb), sys.getsizeof(tb.tb_frame),
                 tb.tb_frame.f_lineno, sys.getrefcount(tb.tb_frame)))
    tb = tb.tb_next
counts.append(gc.get_count()[0])
found = gc.collect()
print(counts, found)
for r in rows:
    print(r)
