# the list free list: a freed list's memory is handed to the next new list
a = [1]
i = id(a)
del a
b = [2]
print(id(b) == i)  # True
x = [1, 2, 3]
ix = id(x)
y = [4]
iy = id(y)
del x
del y
p = []
q = []
print(id(p) == iy, id(q) == ix)  # LIFO: the last freed comes back first
