# list objects are recycled through a free list (LIFO)
import gc
gc.collect()
a = [1, 2]
ida = id(a)
del a
b = [3, 4]
print(id(b) == ida)
x = []
y = []
idx, idy = id(x), id(y)
del x
del y
z = []
print(id(z) == idy, id(z) == idx)
