# gc.collect() returns the number of unreachable objects found: a self-referencing list is 1
import gc
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())  # 1
print(gc.collect())  # 0: nothing left
b = [1, 2, 3]
b.append(b)
b.append(b)
del b
print(gc.collect())  # 1: ints are not counted
