# automatic collection: when generation-0 count exceeds 700 the collector runs by itself
import gc
class F:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("auto-collected", self.n)
gc.collect()
a = F(1)
a.me = a
del a
print("cycle made")
keep = []
for i in range(2000):
    keep.append([])
    if i % 100 == 50:
        print("allocated", i)
print("end of loop")
print(gc.collect())
