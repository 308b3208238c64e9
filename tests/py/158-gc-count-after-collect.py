# gc.collect() resets the generation counts; generation-0 collections bump count 1
import gc
gc.collect()
a = gc.get_count()
junk = [[] for i in range(50)]
b = gc.get_count()
print(b[0] - a[0], b[1] - a[1], b[2] - a[2])  # 52 0 0: 51 lists, the comprehension function (made and freed) and the first result tuple
gc.collect(0)
c = gc.get_count()
print(c[0], c[1] - a[1], c[2] - a[2])  # 0 1 0
gc.collect(1)
d = gc.get_count()
print(d[0], d[1], d[2] - a[2])  # 0 0 1
gc.collect()
e = gc.get_count()
print(e[0], e[1], e[2])  # 0 0 0
