# A name a module lacks: module_getattro first lets PyObject_GenericGetAttr
# fail (its AttributeError made whole, then cleared), reads
# __spec__._initializing (sys's spec has none: another AttributeError made
# and cleared) and __spec__._uninitialized_submodules, then raises its own
# message.  Each message is built by PyUnicode_FromFormat's writer; the
# peaks show it, through hasattr and getattr with a default too.
import gc
import sys
import tracemalloc

class C:
    pass

c = C()

def probe(f):
    try:
        f()
    except AttributeError as e:
        return str(e)

tracemalloc.start()
for i in range(2):
    for label, f in [('sys', lambda: hasattr(sys, 'nosuch')), ('gc', lambda: hasattr(gc, 'nosuch')),
                     ('tracemalloc', lambda: hasattr(tracemalloc, 'nosuch')), ('instance', lambda: hasattr(c, 'nosuch')),
                     ('sys long', lambda: hasattr(sys, 'a_much_longer_attribute_name_than_most' * 3)),
                     ('getattr sys', lambda: getattr(sys, 'nosuch', None)), ('getattr gc', lambda: getattr(gc, 'x', 1)),
                     ('raise sys', lambda: probe(lambda: sys.nosuch)), ('raise gc', lambda: probe(lambda: gc.nosuch)),
                     ('raise tracemalloc', lambda: probe(lambda: tracemalloc.nosuch))]:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        r = f()
        cur, peak = tracemalloc.get_traced_memory()
        print(label, r, cur - before, peak - before)
        del r
tracemalloc.stop()
print(gc.get_count()[0] >= 0, hasattr(sys, 'getsizeof'), getattr(gc, 'collect') is gc.collect)
