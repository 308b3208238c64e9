# Objects with __del__ in reference cycles, collected automatically, with
# a slice of the log taken between batches: the slice reuses the block
# CPython's slice cache holds, so the counts after each batch follow
# python3's.
import gc
log = []
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
    def __del__(self):
        log.append(self.i)
for n in (300, 700, 1400, 2100):
    for i in range(n):
        Node(i)
    print(n, len(log), log[:2], log[-1:], gc.get_count())
print(gc.collect(), len(log))
print(gc.get_count())
