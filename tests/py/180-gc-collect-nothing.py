# no cycles: reference counting frees everything, gc.collect() finds 0
import gc
gc.collect()
data = [[i] for i in range(100)]
d = {i: [i] for i in range(50)}
del data, d
print(gc.collect())  # 0
class K:
    pass
objs = [K() for i in range(100)]
objs = None
print(gc.collect())  # 0
