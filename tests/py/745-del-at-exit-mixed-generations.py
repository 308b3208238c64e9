# Objects alive at exit spread over the generations by collections on
# the way, linked in an irregular pattern, with a self-cycle.
import gc
class Item:
    def __init__(self, label):
        self.label = label
        self.refs = []
    def __del__(self):
        print("del", self.label)

pool = []
seed = 7
for i in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    it = Item("i%d" % i)
    if pool and seed % 3 == 0:
        pool[seed % len(pool)].refs.append(it)
    else:
        pool.append(it)
    if i == 20:
        gc.collect()
    if i == 40:
        gc.collect(0)
    for k in range(seed % 50):
        _ = [k]
keepers = {}
for i in range(0, 60, 7):
    keepers["k%d" % i] = Item("keeper%d" % i)
pool[3].refs.append(pool[3])
pool[5].refs.append(keepers["k7"])
print("end", len(pool))
