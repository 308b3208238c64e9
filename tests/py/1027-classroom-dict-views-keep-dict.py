# Classroom: dict views are live windows that keep their dict alive.
import sys
import gc

d = {"a": 1, "b": 2}
print("rc of d:", sys.getrefcount(d))
k = d.keys()
v = d.values()
it = d.items()
print("rc of d with 3 views:", sys.getrefcount(d))
print(sys.getsizeof(k), sys.getsizeof(v), sys.getsizeof(it))
d["c"] = 3
print(list(k), list(v), list(it))
print(len(k), "a" in k, ("b", 2) in it)
print("tracked:", gc.is_tracked(k))
del d
print(list(k))
print(type(k).__name__, type(v).__name__, type(it).__name__)
del k, v
it2 = iter(it)
print(next(it2))
print(type(it2).__name__, sys.getsizeof(it2))
e = {"x": 10}
ks = e.keys()
print(ks & {"x", "y"}, ks | {"z"})
