# dict views' .mapping: a new read-only mappingproxy of the view's dict at each access
# (dictview_mapping, PyDictProxy_New): GC-tracked, 40 bytes, traced by tracemalloc, not writable.
import sys, gc, tracemalloc
d = {1: 2, 'a': [3]}
k = d.keys()
v = d.values()
it = d.items()
m = k.mapping
print(m, type(m).__name__, m is k.mapping, m == d, len(m))
print(v.mapping['a'], it.mapping.get(1), 'a' in it.mapping)
print(sys.getrefcount(d), gc.is_tracked(m), sys.getsizeof(m))
d['b'] = 5
print(sorted(map(str, m)), list(v.mapping.values())[-1])
tracemalloc.start()
x = k.mapping
print(tracemalloc.get_traced_memory())
del x
print(tracemalloc.get_traced_memory(), gc.get_count())
try:
    k.mapping = 1
except AttributeError as e:
    print(e)
try:
    m['z'] = 1
except TypeError as e:
    print(e)
print(type(k.mapping).__name__, m.copy() == d)
