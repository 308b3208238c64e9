# tracemalloc.start(n): n frames per trace, innermost first in the traces,
# oldest first in a Traceback; statistics('traceback') groups by the whole
# stack, 'lineno' by the innermost line; Traceback.format() quotes the lines.
import tracemalloc

def leaf(n):
    return [n] * 50

def mid(n):
    return leaf(n)

def rec(n):
    if n == 0:
        return [0] * 10
    return rec(n - 1)

def gen():
    for i in range(3):
        yield [i] * 20

tracemalloc.start(4)
print(tracemalloc.get_traceback_limit())
a = mid(1)
b = leaf(2)
c = rec(10)
d = list(gen())
snap = tracemalloc.take_snapshot()
print(snap.traceback_limit)
name = __file__.split('/')[-1]
for st in snap.statistics('traceback'):
    tb = st.traceback
    if tb[len(tb) - 1].filename.split('/')[-1] != name:
        continue
    print(str(st).split('/')[-1], len(tb), tb.total_nframe)
    print(repr(tb).replace(__file__, name))
    for line in tb.format():
        print(line.replace(__file__, name))
    print(tb.format(1, True)[0].replace(__file__, name), len(tb.format(-1)))
for st in snap.statistics('lineno'):
    print(str(st).split('/')[-1], len(st.traceback))
for st in snap.statistics('filename'):
    print(str(st).split('/')[-1], len(st.traceback))
best = None
for i in range(len(snap.traces)):
    u = snap.traces[i]
    if u.size == 400 and u.traceback[0].lineno == 24:
        best = u
t = best
print(repr(t).replace(__file__, name), str(t).split('/')[-1])
print(t.traceback.total_nframe, len(t.traceback), t.traceback[0].lineno, t.traceback[-1].lineno)
e = mid(3)
later = tracemalloc.take_snapshot()
def own(tb):
    return tb[len(tb) - 1].filename.split('/')[-1] == name

for st in later.compare_to(snap, 'traceback'):
    if own(st.traceback):
        print(str(st).split('/')[-1], len(st.traceback))
tracemalloc.start(7)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
try:
    tracemalloc.start(0)
except ValueError as exc:
    print(exc)
