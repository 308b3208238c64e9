# the float free list: LIFO reuse of freed floats (runtime floats, not constants)
base = float("1.5")
f = base * 3
i = id(f)
del f
g = base * 7
print(id(g) == i)  # True
a = base * 11
b = base * 13
ia = id(a)
ib = id(b)
del a
del b
c = base * 17
d = base * 19
print(id(c) == ib, id(d) == ia)  # True True: last freed, first reused
x = base * 2
ix = id(x)
x = x + 1
print(id(x) == ix)  # False: the new float is created while the old one is still alive
y = base * 5
iy = id(y)
y = y + 1
y = y + 1
print(id(y) == iy)  # True: the second result reuses the first one's block
