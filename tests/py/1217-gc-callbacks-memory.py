# What invoke_gc_callback allocates, measured with tracemalloc from inside
# the callbacks: the info dict (Py_BuildValue's, its key strs and ints),
# a new str of the phase per call on the C stack beside it (no tuple: a
# callback taking *args makes its own), the list append of each call.
import gc, tracemalloc

marks = []
def cb(phase, info):
    marks.append((phase, tracemalloc.get_traced_memory()[0]))
def star(*args):
    marks.append((args[0] + "*", tracemalloc.get_traced_memory()[0]))

tracemalloc.start()
gc.callbacks.append(cb)
base = tracemalloc.get_traced_memory()[0]
gc.collect()
print([(p, m - base) for p, m in marks], tracemalloc.get_traced_memory()[0] - base)
marks.clear()
gc.callbacks.append(star)
base = tracemalloc.get_traced_memory()[0]
gc.collect(0)
print([(p, m - base) for p, m in marks], tracemalloc.get_traced_memory()[0] - base)
gc.callbacks.clear()
tracemalloc.stop()
