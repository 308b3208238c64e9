# The Frames a Traceback's iterator hands out: a new object each time, the
# generator keeping the last one until the next is made, so two frames in
# a row never share an address; blocks come back when they are dropped.
import tracemalloc

def three():
    return [x for x in range(100)]

def two():
    return three()

def one():
    return two()

tracemalloc.start(3)
numbers = one()
tb = tracemalloc.take_snapshot().statistics("traceback")[0].traceback
ids = [id(frame) for frame in tb]
print(len(ids), len(set(ids)), [frame.lineno for frame in tb])
again = [id(frame) for frame in tb]
print(again == ids)
it = iter(tb)
a = next(it)
b = next(it)
c = next(it)
print(id(a) != id(b), id(b) != id(c), a.lineno, b.lineno, c.lineno)
del a, b, c, it
slice_ids = [id(f) for f in tb[0:2]]
print(len(slice_ids), len(set(slice_ids)))
print([str(f).rsplit("/", 1)[-1] for f in tb])
print(repr(tb).count("Frame"), str(tb).rsplit("/", 1)[-1])
