# hasattr and getattr with a default on objects whose type's getattr is the
# generic one (_PyObject_LookupAttr suppresses: no AttributeError is even
# made), on a class instance and a type (a type's own getattr: the error is
# made and cleared).  A module is left out: its module_getattro probes
# __spec__._initializing, which heapviz does not model there.
import tracemalloc

def f():
    pass

class C:
    pass

c = C()
objs = [1, "ab", [1], (1,), {1: 2}, {1}, 1.5, None, f, c, C, range(3), object(), b'x', 2j,
        iter([1]), len]
print([hasattr(o, 'zz') for o in objs], [getattr(o, 'zz', 7) for o in objs])
print([hasattr(o, '__class__') for o in objs])

def peak(fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    cur, pk = tracemalloc.get_traced_memory()
    return cur - before, pk - before

tracemalloc.start()
out = []
for o in objs:
    out.append((type(o).__name__, peak(lambda: hasattr(o, 'zz')), peak(lambda: getattr(o, 'zz', None))))
tracemalloc.stop()
for o in out:
    print(*o)
