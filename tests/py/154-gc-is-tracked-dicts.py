# gc.is_tracked: dicts start untracked and become tracked when a container is inserted
import gc
n = int("1000")
d = {}
print(gc.is_tracked(d))  # False
d["a"] = 1
d["b"] = "text"
d["c"] = 1.5
d["n"] = n
print(gc.is_tracked(d))  # False: only atomic values
d2 = {"x": []}
print(gc.is_tracked(d2))  # True
d3 = {}
d3["k"] = None
print(gc.is_tracked(d3))  # False
d3["l"] = [1]
print(gc.is_tracked(d3))  # True
del d3["l"]
print(gc.is_tracked(d3))  # True: stays tracked until a full collection
gc.collect(1)
print(gc.is_tracked(d3))  # True: younger collections do not untrack dicts
gc.collect()
print(gc.is_tracked(d3))  # False: untracked by the full collection
t = (n, n)
d4 = {}
d4["t"] = t
print(gc.is_tracked(t), gc.is_tracked(d4))  # True True: a fresh tuple may be tracked
d5 = {(n, "k"): 1}
print(gc.is_tracked(d5))  # True: a tuple key
d6 = dict(a=1, b=2)
print(gc.is_tracked(d6))  # False
