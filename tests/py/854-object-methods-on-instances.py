# Attributes an instance finds on `object` through its class's MRO, bound
# as CPython binds them: the class methods __init_subclass__ and
# __subclasshook__ to the instance's type, __getstate__ and the other
# methods to the instance; __weakref__ reads None; each bound method a new
# 72-byte object (seen in the peak).
import gc
import sys
import tracemalloc

class P:
    pass

class Q(P):
    __slots__ = ('a',)

def show(r):
    text = repr(r)
    return text.split(' at 0x')[0] + ('>' if ' at 0x' in text else '')

p, q = P(), Q()
for obj in [p, q, P, Q, 5, 'text', [], object()]:
    for name in ['__init_subclass__', '__subclasshook__', '__getstate__', '__sizeof__', '__format__',
                 '__reduce__', '__reduce_ex__', '__dir__', '__class__']:
        try:
            r = getattr(obj, name)
            print(type(obj).__name__, name, type(r).__name__, show(r))
        except Exception as e:
            print(type(obj).__name__, name, type(e).__name__, e)
print(p.__weakref__, hasattr(p, '__weakref__'), hasattr(q, '__weakref__'))
print(p.__init_subclass__(), P.__init_subclass__(), q.__subclasshook__(int), P.__subclasshook__())
print(p.__init_subclass__.__self__ is P, q.__subclasshook__.__self__ is Q, p.__getstate__.__self__ is p)
print(p.__init_subclass__ == P.__init_subclass__, p.__sizeof__(), q.__sizeof__())
print(gc.is_tracked(p.__init_subclass__), sys.getrefcount(P))

tracemalloc.start()
for expr in [lambda: p.__init_subclass__, lambda: q.__subclasshook__, lambda: p.__getstate__, lambda: P.__init_subclass__]:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    m = expr()
    cur, peak = tracemalloc.get_traced_memory()
    print(show(m), cur - before, peak - before)
    del m
tracemalloc.stop()
for f in [lambda: p.__init_subclass__(1), lambda: P.__subclasshook__(x=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
