# order in which finalizers run when the collector frees a ring of objects
import gc
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
gc.collect()
first = R(0)
prev = first
for i in range(1, 5):
    cur = R(i)
    prev.next = cur
    prev = cur
prev.next = first
del first, prev, cur
print(gc.collect())  # 5
