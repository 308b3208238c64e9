# CPython keeps one freed slice for the next one (interp->slice_cache),
# and python3's startup leaves one there: the script's first slice
# allocates nothing new, the second one alive at the same time does.
import gc
data = list(range(10))
print(gc.get_count())
a = data[:3]
print(gc.get_count())
s = slice(1, 5)
print(gc.get_count())
b = data[2:4]
print(gc.get_count())
del s
c = data[::2]
print(gc.get_count(), a, b, c)
