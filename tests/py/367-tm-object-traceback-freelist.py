# get_object_traceback and the free lists: a block freed after start() keeps
# its trace and is re-tagged when taken back (_PyTraceMalloc_NewReference)
import tracemalloc


def line_of(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return None if tb is None else tb[0].lineno


def pair(a, b):
    return (a, b)


tracemalloc.start()
old = [1, 2]
print("list from the old free list", line_of(old))
made = list(range(5))
del made
again = [3, 4]
print("list block freed and taken back", line_of(again))
t1 = pair(len(again), 9)
print("tuple from the free list", line_of(t1))
t2 = tuple(range(300, 303))
print("tuple()", line_of(t2))
del t2
t3 = pair(t1, again)
print("3-tuple block back as a 2-tuple?", line_of(t3))
t4 = (len(t1), len(t3), 5)
print("3-tuple block taken back", line_of(t4))
f1 = len(t4) / 2
print("float from the free list", line_of(f1))
d1 = dict(zip("abc", range(3)))
print("dict()", line_of(d1))
del d1
d2 = {"k": len(t4)}
print("dict block taken back", line_of(d2))
gen = (i for i in range(3))
print("generator", line_of(gen))
fn = lambda: t4
print("function", line_of(fn))
st = {1, 2, len(t4)}
print("set", line_of(st))
bs = bytes(range(20))
print("bytes", line_of(bs))
it = iter(again)
print("list iterator", line_of(it))
sl = again[0:1]
print("slice result", line_of(sl))
print(tracemalloc.get_traced_memory())
