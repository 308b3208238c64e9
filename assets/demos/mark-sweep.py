#= Textbook mark and sweep on the same program: roots, grey, black, white (plays with --collector mark-sweep)
#% collector mark-sweep
import gc

class Box:
    def __init__(self, name):
        self.name = name
        self.other = None

#: The same program as the generational demo, collected by a tri-colour mark and sweep.
gc.disable()
a = Box("a")
b = Box("b")
a.other = b
b.other = a
c = Box("c")
c.other = Box("d")
del a, b
print("collecting:")

#: A tri-colour mark and sweep, one step at a time:
#@ update_refs: It still needs the roots: gc_refs starts as each object's reference count ...
#@ subtract_refs: ... minus the references from inside the heap.
#@ mark_roots: Objects with references from outside (gc_refs > 0) are the roots: they turn grey. The rest stay white.
#@ mark: A grey object is scanned: what it refers to turns grey, and it turns black. Invariant: a black object never points to a white one.
#@ sweep: No grey object is left: the white ones are unreachable (the a/b cycle), and they are freed.
print("unreachable:", gc.collect())
print("c and d survive:", c.name, c.other.name)
#: Unlike reference counting, the cost is proportional to the whole heap, cycles or not.
gc.enable()
