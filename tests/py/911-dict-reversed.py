# reversed() of a dict and of its views: dict_reverse*iterator objects
# (their sizes, tracking, the item iterator's reused tuple), the bound
# __reversed__ that reversed() makes and drops (seen by tracemalloc's
# peak), split-table instance dicts, and changes during iteration.
import sys
import gc
import tracemalloc
d = {'a': 1, 'b': 2, 'c': 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(type(r).__name__, sys.getsizeof(r), gc.is_tracked(r), next(r), list(r), list(r))
for view in (d.keys(), d.values(), d.items()):
    it = reversed(view)
    print(type(it).__name__, sys.getsizeof(it), next(it))
it = reversed(d.items())
a = next(it)
b = next(it)
print(a, b, a is b)
del a, b
x = next(it)
print(x, sys.getrefcount(x))
del d['b']
d['b'] = 20
print(list(reversed(d)), dict(reversed(list(d.items()))))
r = reversed(d)
next(r)
del d['a']
d['z'] = 26
print(next(r), list(r))
r = reversed(d)
d['new'] = 0
try:
    next(r)
except RuntimeError as e:
    print(e)
try:
    print(list(r))
except RuntimeError as e:
    print('again:', e)

class C:
    pass

c = C()
c.x = 1
c.y = 2
c.z = 3
print(list(reversed(c.__dict__)), list(reversed(vars(c).items())))
gc.collect()
r = reversed(d)
print(gc.get_count())
tracemalloc.start()
r2 = reversed(d.values())
cur, peak = tracemalloc.get_traced_memory()
print(cur, peak)
tracemalloc.stop()
print(list(reversed({})), list(reversed({}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
