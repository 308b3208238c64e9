# `import tracemalloc` leaves pickle's three Python exception classes as
# garbage for the program's first collection; PickleError's __dict__ was
# tracked when its __weakref__ descriptor went in, early in the import, so
# it is in generation 1 with the classes, and a full collection reaches it
# after the program's young cycle (generations 0 then 1 are appended to 2).
# Freeing the classes makes a 28-byte int (remove_subclass's key): after
# the program's garbage is gone in python3, so the peak does not see it.
# Found by fuzzing (gen.py seed 35080285, stop 29).
import gc
class C:
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
print(gc.collect())
import tracemalloc
tracemalloc.start()
x = C(382684364)
y = C(214)
x.other = y
y.other = x
del x, y
c0 = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
n = gc.collect()
c1, p1 = tracemalloc.get_traced_memory()
print(n, c1 - c0, p1 - c0)
