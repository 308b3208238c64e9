# gc.collect(generation): a cycle that survived into an older generation is not seen by collect(0)
import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)  # a is reachable: it moves to generation 1
del a
print(gc.collect(0))  # 0: generation 0 does not contain it
print(gc.collect(1))  # 1
b = []
b.append(b)
gc.collect(1)  # moves to generation 2
del b
print(gc.collect(0), gc.collect(1))  # 0 0
print(gc.collect(2))  # 1
c = []
c.append(c)
del c
print(gc.collect(0))  # 1: still young
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
