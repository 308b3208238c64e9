# gc.get_count()[0] deltas for dicts, tuples, sets and instances (no print in between)
import gc
class K:
    pass
n = int("5000")
gc.collect()
gc.get_count()
c0 = gc.get_count()[0]
d = {}
c1 = gc.get_count()[0]
t = (n, n)
c2 = gc.get_count()[0]
s = {1, 2}
c3 = gc.get_count()[0]
k = K()
c4 = gc.get_count()[0]
k.__dict__
c5 = gc.get_count()[0]
del s
c6 = gc.get_count()[0]
del t
t2 = (n, 1)
c7 = gc.get_count()[0]
print(c1 - c0)  # 1: counted even though {} is untracked
print(c2 - c1)  # 1
print(c3 - c2)  # 1
print(c4 - c3)  # 1
print(c5 - c4)  # 1: the materialised instance dict
print(c6 - c5)  # -1: sets have no free list
print(c7 - c6)  # 0: the 2-tuple came back from its free list
