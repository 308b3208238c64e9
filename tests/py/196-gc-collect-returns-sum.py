# gc.collect() counts unreachable objects of every tracked type in one pass
import gc
class K:
    pass
def f():
    pass
gc.collect()
l = []
l.append(l)
d = {}
d["d"] = d
k = K()
k.k = k
s = set()
fs = [s]
s.add(frozenset())
ll = [fs, l]
fs.append(ll)
del l, d, k, s, fs, ll
print(gc.collect())  # 7: the list, dict and instance self-cycles, then set, frozenset and two lists
