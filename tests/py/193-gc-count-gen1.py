# generation counts: 11 generation-0 collections bump generation 1 past its threshold
import gc
gc.collect()
gc.get_count()
gc.set_threshold(10, 3, 3)
counts = []
keep = []
for i in range(70):
    keep.append([])
    counts.append(gc.get_count())
gc.set_threshold(700, 10, 10)
changes = []
prev = None
for c in counts:
    if prev is not None and (c[1] != prev[1] or c[2] != prev[2]):
        changes.append(c)
    prev = c
print(changes)
print(counts[-1])
