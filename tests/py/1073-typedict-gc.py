# A builtin type's tp_dict as the collector sees it: the mappingproxy is a
# tracked GC object referring to the dict alone; the dict and its
# descriptors are start-up GC objects python3 tracks (its docstring, a str,
# is not); the dict's table is sized as its inserts at start-up grew it.
import gc
import sys

m = int.__dict__
print(gc.is_tracked(m), gc.is_tracked(m["bit_length"]), gc.is_tracked(m["__doc__"]))
print(len(gc.get_referents(m)), type(gc.get_referents(m)[0]).__name__)
d = gc.get_referents(m)[0]
print(gc.is_tracked(d), len(d), sys.getsizeof(d))
for t in (int, list, object, bool, type(None), str, dict, type, tuple):
    print(t.__name__, sys.getsizeof(gc.get_referents(t.__dict__)[0]))
print(list(d)[:4], d["real"] is int.real)
print(gc.is_tracked(dict.__dict__["fromkeys"]), gc.is_tracked(str.__dict__["maketrans"]))
