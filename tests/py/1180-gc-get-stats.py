# gc.get_stats(): one fresh dict per generation counting every collection
# run, start-up's eight included; gc.collect() and the automatic trigger add
# theirs with what they collected (resurrected objects not among them); the
# list and dicts are made fresh per call (their memory, the gen-0 count).
import gc
import sys
import tracemalloc

print(gc.get_stats())
print(gc.get_count())


class Node:
    def __init__(self):
        self.me = self


class Phoenix:
    saved = []

    def __del__(self):
        Phoenix.saved.append(self)


for i in range(5):
    Node()
p = Phoenix()
p.me = p
del p
print(gc.collect(0), gc.collect(1), gc.collect())
print(gc.get_stats())
keep = [[i] for i in range(2000)]
stats = gc.get_stats()
print(stats[0]['collections'] > 8, stats[1], stats[2])
print(stats is gc.get_stats(), stats == gc.get_stats())
print(type(stats), len(stats), sorted(stats[0]), sys.getsizeof(stats[0]))
print(gc.is_tracked(stats), gc.is_tracked(stats[0]))
tracemalloc.start()
before = tracemalloc.get_traced_memory()
s = gc.get_stats()
print(tracemalloc.get_traced_memory()[0] - before[0], tracemalloc.get_traced_memory()[1] - before[1])
del s
print(tracemalloc.get_traced_memory()[1] - before[1])
tracemalloc.stop()
print(gc.get_count())
try:
    gc.get_stats(0)
except TypeError as e:
    print(e)
gc.get_stats(x=1)
