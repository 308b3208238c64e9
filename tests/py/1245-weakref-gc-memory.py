# A weak reference is an 80-byte GC object (64 bytes and the GC header):
# what tracemalloc sees of making one, of reusing the basic ref (nothing),
# and of its death; the count it adds to generation 0; a set's, a
# function's and a class's weakrefs and their callbacks when they die.
import _weakref, sys, gc, tracemalloc
class C:
    pass
o = C()
tracemalloc.start()
t0 = tracemalloc.get_traced_memory()[0]
r = _weakref.ref(o)
t1 = tracemalloc.get_traced_memory()[0]
again = _weakref.ref(o)
t2 = tracemalloc.get_traced_memory()[0]
print(sys.getsizeof(r), t1 - t0, t2 - t1)
c0 = gc.get_count()[0]
many = [_weakref.ref(o, print) for i in range(10)]
print(gc.get_count()[0] - c0, tracemalloc.get_traced_memory()[0] - t2)
del many
print(tracemalloc.get_traced_memory()[0] - t2)
s = {1, 2}
rs = _weakref.ref(s, lambda wr: print("set gone"))
def fn():
    pass
rf = _weakref.ref(fn, lambda wr: print("function gone"))
class K:
    pass
rk = _weakref.ref(K, lambda wr: print("class gone"))
def g():
    yield 1
it = g()
ri = _weakref.ref(it, lambda wr: print("generator gone"))
s = fn = it = None
del K
gc.collect()
print(tracemalloc.get_traced_memory()[0] - t2 > 0)
tracemalloc.stop()
