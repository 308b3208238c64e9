# Classroom: the collector runs by itself once container allocations pass the threshold (set_threshold),
# not while disabled; finalizers show when each automatic collection happened.
import gc
log = []
class Cycle:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        log.append(self.n)
gc.collect()
gc.set_threshold(50, 3, 3)
print(gc.get_threshold(), gc.get_count())
for i in range(200):
    c = Cycle(i)
    if log:
        print("automatic collection at", i, "freed", len(log), "first", log[0], gc.get_count())
        log.clear()
del c
print(gc.get_count())
gc.disable()
for i in range(200):
    Cycle(i)
print("disabled:", len(log), gc.isenabled(), gc.get_count())
print(gc.collect(), len(log))
log.clear()
gc.enable()
gc.set_threshold(10)
junk = []
for i in range(100):
    junk.append([i])
    Cycle(i)
    if log:
        print("at", i, len(log), gc.get_count())
        log.clear()
gc.set_threshold(700, 10, 10)
print(gc.collect(0), gc.collect(1), gc.collect(2))
print(gc.get_count())
