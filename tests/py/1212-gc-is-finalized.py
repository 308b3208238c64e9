# gc.is_finalized(obj): PEP 442's bit, set once an object's finalizer ran,
# whether the collector or its dealloc ran it; False for objects without a
# finalizer and for untracked or atomic objects.
import gc

class Phoenix:
    saved = []
    def __del__(self):
        print("del, finalized:", gc.is_finalized(self))
        Phoenix.saved.append(self)      # resurrected

p = Phoenix()
print(gc.is_finalized(p), gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(None))
del p                                   # dealloc runs __del__ once
q = Phoenix.saved.pop()
print(gc.is_finalized(q))
del q                                   # never twice: freed now
c = Phoenix()
c.me = c
del c
print(gc.collect())                     # the collector's finalizer: resurrected
r = Phoenix.saved.pop()
print(gc.is_finalized(r), gc.is_tracked(r))
del r.me
del r
print(gc.collect())

def gen():
    yield 1
g = gen()
next(g)
print(gc.is_finalized(g))
g.close()
print(gc.is_finalized(g))
try:
    gc.is_finalized()
except TypeError as e:
    print(e)
