# thousands of two-list cycles with automatic collection on: gc.get_count()
# after every batch and what gc.collect() finds at the end, as python3.
# Counts are kept in a list and printed at the end: print() itself makes
# objects inside CPython's io module that the count would see.
import gc
counts = []
gc.collect()
counts.append(gc.get_count())
for batch in range(8):
    for i in range(1000):
        a = []
        b = [a]
        a.append(b)
    counts.append(gc.get_count())
del a, b
found = gc.collect()
counts.append(gc.get_count())
for c in counts:
    print(c)
print(found)
