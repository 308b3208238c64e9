# gc.is_tracked: tuples are tracked when built and untracked by a collection if atomic
import gc
n = int("1000")
t = (n, "s", 1.5)
print(gc.is_tracked(t))  # True: a fresh tuple is tracked
gc.collect()
print(gc.is_tracked(t))  # False: only atomic items
u = (n, [])
gc.collect()
print(gc.is_tracked(u))  # True: holds a list
print(gc.is_tracked(()))  # False
v = (n, (n, n))
gc.collect()
print(gc.is_tracked(v), gc.is_tracked(v[1]))  # True False: the outer one needs a second pass
gc.collect()
print(gc.is_tracked(v), gc.is_tracked(v[1]))  # False False
w = (n, {})
gc.collect()
print(gc.is_tracked(w), gc.is_tracked(w[1]))  # True False: a dict item keeps the tuple tracked
x = (n, n)
gc.collect(0)
print(gc.is_tracked(x))  # False: any collection that examines it untracks it
