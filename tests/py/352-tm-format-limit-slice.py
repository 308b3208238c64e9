# Traceback.format with a limit slices the traceback (self[-limit:] or
# self[:limit]: a tuple of Frames, whose 1-tuple ends on the free list) and
# every format() call strips each cached source line into a new str.  The
# lines quote the script's absolute path: their sizes are taken out.
import sys
import tracemalloc


def make(n):
    return [str(i) * 2 for i in range(n)]


def outer():
    return make(6)


def sizes(lines):
    return sum(sys.getsizeof(x) for x in lines)


tracemalloc.start(3)
keep = outer()
snap = tracemalloc.take_snapshot()
top = snap.statistics("traceback")[0]
del snap
print(len(top.traceback.format()))
mem = tracemalloc.get_traced_memory
before = mem()[0]
lines = top.traceback.format(limit=1)
after = mem()[0]
print(len(lines), after - before - sizes(lines))
del lines
for limit in (2, -1, 0, 7):
    before = mem()[0]
    lines = top.traceback.format(limit=limit)
    after = mem()[0]
    print(limit, len(lines), after - before - sizes(lines))
    del lines
for limit in (None, 2, -2):
    before = mem()[0]
    lines = top.traceback.format(limit, True)
    after = mem()[0]
    print(limit, [x.strip()[:4] for x in lines], after - before - sizes(lines))
    del lines
tracemalloc.reset_peak()
before = mem()[0]
lines = top.traceback.format()
after, peak = mem()
n = sizes(lines)
print(after - before - n, peak - before - n)
