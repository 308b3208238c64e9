# cycles of lists: every list in the cycle is counted
import gc
gc.collect()
a = []
b = []
c = []
a.append(b)
b.append(c)
c.append(a)
del a, b, c
print(gc.collect())  # 3
rings = []
for i in range(10):
    x = []
    y = [x]
    x.append(y)
    rings.append(x)
del x, y
print(gc.collect())  # 0: all still reachable from rings
rings = None
print(gc.collect())  # 20
