# Classes made before the first `import gc` use up the 1-tuple free list
# (their bases and MRO tuples); the import's `def cb(ref, name=name)`
# defaults and _call_with_frames_removed's *args are 1-tuples held together,
# and each that finds the list empty is a new object generation 0 counts.
class A:
    pass
class B:
    pass
class C:
    pass
class D:
    pass
class E:
    pass
import gc
print(gc.get_count())
