# An exception leaving tracemalloc.py's frames gets a traceback object and a
# frame object per frame (the frame object owns the frame's locals, f_back
# the caller's), as for the program's own frames: counted by gc, traced by
# tracemalloc, freed with the exception.
import gc, tracemalloc

def chain(e):
    n = []
    tb = e.__traceback__
    while tb:
        n.append((tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    return n

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, chain(e), gc.get_count(), tracemalloc.get_traced_memory())
        del e
    print(gc.get_count(), tracemalloc.get_traced_memory())

show(tracemalloc.take_snapshot)
tracemalloc.start(3)
keep = [bytes(100)]
s = tracemalloc.take_snapshot()
t = tracemalloc.take_snapshot()
show(lambda: s.statistics("x"))
show(lambda: s.statistics("traceback", True))
show(lambda: s.compare_to(t, 5))
show(lambda: s.compare_to(t, "traceback", cumulative=1))
show(lambda: s.compare_to(3, "lineno"))
tb = s.traces[0].traceback
show(lambda: tb[10])
show(lambda: tb[::"a"])
show(lambda: 3 in tb)
show(lambda: s.traces[100000])
try:
    s.statistics("bogus")
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_lineno, fr.f_back.f_lineno, fr.f_back.f_back is None)
    del e
print(gc.get_count(), tracemalloc.get_traced_memory())
del fr
print(gc.get_count(), tracemalloc.get_traced_memory())
