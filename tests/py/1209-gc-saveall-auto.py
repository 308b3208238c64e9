# With DEBUG_SAVEALL the automatic collections fill gc.garbage: memory grows.
import gc, tracemalloc

class Pair:
    def __init__(self):
        self.other = None

def churn(n):
    for i in range(n):
        a = Pair(); b = Pair()
        a.other = b; b.other = a

gc.collect()
tracemalloc.start()
churn(1000)
plain = tracemalloc.get_traced_memory()[0]
gc.set_debug(gc.DEBUG_SAVEALL)
churn(1000)
saving = tracemalloc.get_traced_memory()[0]
print(len(gc.garbage), gc.get_count())
print(plain < 50000, saving > 100000, saving - plain)
kinds = {}
for o in gc.garbage:
    kinds[type(o).__name__] = kinds.get(type(o).__name__, 0) + 1
print(sorted(kinds.items()))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), tracemalloc.get_traced_memory()[0] < 50000)
tracemalloc.stop()
