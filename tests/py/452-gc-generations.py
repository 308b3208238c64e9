# Watching gc.get_count() and generations while a program allocates containers.
import gc

gc.collect()
print(gc.get_threshold())
c0 = gc.get_count()
print(c0)
keep = []
for i in range(10):
    keep.append([i])
print(gc.get_count())
for i in range(5):
    keep.append({"i": i})
print(gc.get_count())
keep.append((1, 2))
keep.append((keep, 3))
print(gc.get_count())
s = "not a container"
n = 12345
print(gc.get_count())
class C:
    pass
objs = [C() for _ in range(3)]
print(gc.get_count())
del objs
print(gc.get_count())
print(gc.collect(0), gc.get_count())
print(gc.collect(1), gc.get_count())
print(gc.collect(), gc.get_count())
gc.set_threshold(5, 2, 2)
found = []
for i in range(30):
    found.append(gc.get_count())
    x = [i]
    x.append(x)
print(found)
gc.set_threshold(700, 10, 10)
print(gc.collect())
print(gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked((1, [])), gc.is_tracked({}), gc.is_tracked({"a": []}))
