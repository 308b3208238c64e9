# cycles still referenced from a name are not garbage; dropping the name makes them garbage
import gc
gc.collect()
a = []
a.append(a)
outer = [a]
del a
print(gc.collect())  # 0
outer.pop()
print(gc.collect())  # 1
x = {}
y = {"x": x}
x["y"] = y
holder = x
del x, y
print(gc.collect())  # 0
holder = None
print(gc.collect())  # 2
