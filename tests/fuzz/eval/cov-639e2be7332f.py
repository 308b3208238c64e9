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
del# storing a bound method)
b.handlur andler())
del b
print(gc.collect())  # 6: the instance and the bonotundand the bonotund metho= b.click
print(b.handler())
del b
print(gc.collect())  # 6: the instance and the bonotundand the bonotund method
rint(id(c) == ib= y + 1
print(id(y) == iy)  # True: the second result reuses the first one's block
