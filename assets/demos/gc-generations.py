#= The generational collector phase by phase: update_refs, subtract_refs, move_unreachable, finalize, clear
import gc
import sys

class Box:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  finalizing", self.name)

#: Start from a clean slate: collect everything, then watch the counters.
gc.collect()
print("thresholds:", gc.get_threshold())
#: Generation 0 counts container allocations minus deallocations since its last collection.
before = gc.get_count()[0]
items = [[] for i in range(5)]
print("generation 0 grew by", gc.get_count()[0] - before)
#: Ints and strings hold no references, so the collector never tracks them.
print("tracked: list", gc.is_tracked(items), " int", gc.is_tracked(42), " str", gc.is_tracked("x"))

#: Build a cycle (a, b) that nothing else reaches, and a chain (c -> d) that `c` keeps alive.
a = Box("a")
b = Box("b")
a.other = b
b.other = a
c = Box("c")
c.other = Box("d")
del a, b
print("collecting:")

#: gc.collect() runs the collector's phases one step at a time:
#@ start: The younger generations are merged into the one collected (here, all of them).
#@ update_refs: Every tracked object's gc_refs starts as its reference count.
#@ subtract_refs: Each reference from inside the set subtracts 1 from its target's gc_refs.
#@ subtract_refs: Whatever keeps gc_refs > 0 is referenced from outside: a root (c, from the module).
#@ move_unreachable: Everything reachable from a root is moved back; a and b stay unreachable.
#@ finalize: __del__ runs on the unreachable objects, once each (PEP 442).
#@ clear: Their references are cleared, which breaks the cycle: the counts reach 0 and they are freed.
n = gc.collect()
print("unreachable:", n)
print("c and d survive:", c.name, c.other.name)

#: Survivors are promoted: a young object that survives a collection moves to an older generation.
x = []
gc.collect(0)
print("x still tracked:", gc.is_tracked(x))
print("done")
