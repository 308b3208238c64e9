# benchmark: 30000 two-list cycles with automatic collection enabled
import gc
gc.collect()
for i in range(30000):
    a = []
    b = [a]
    a.append(b)
del a, b
left = gc.collect()
print(left)  # the cycles made since the last automatic collection (plus any promoted)
print(gc.collect())  # 0
