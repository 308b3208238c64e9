# What throw() and gi_frame cost: the frame object gi_frame makes on
# first use (and keeps), the exception instance a class argument makes,
# the traceback objects its way out adds; gc counts and tracemalloc.
import gc
import sys
import tracemalloc

def gen(n):
    data = [0] * n
    while True:
        try:
            yield len(data)
        except ValueError:
            data.append(1)

g = gen(10)
next(g)
gc.collect()
c0 = gc.get_count()
f = g.gi_frame
c1 = gc.get_count()
print(c1[0] - c0[0], sys.getsizeof(f), gc.is_tracked(f), f is g.gi_frame)
tracemalloc.start()
t0 = tracemalloc.get_traced_memory()[0]
r = g.throw(ValueError)
t1, p1 = tracemalloc.get_traced_memory()
print(r, t1 - t0, p1 - t0)
r = g.throw(ValueError('made before'))
t2, p2 = tracemalloc.get_traced_memory()
print(r, t2 - t1)
try:
    g.throw(KeyError, 'out')
except KeyError as e:
    t3 = tracemalloc.get_traced_memory()[0]
    print(repr(e), e.__traceback__.tb_next.tb_frame is f, gc.is_tracked(f))
    print(t3 - t2 > 0)
tracemalloc.stop()
print(g.gi_frame, f.f_lineno, sys.getrefcount(f))
del f
gc.collect()
print(gc.get_count())
