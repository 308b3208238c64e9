# set_threshold early: small thresholds make the interpreter's own
# objects move through the generations within a few hundred allocations.
import gc
gc.set_threshold(100, 3, 3)
print(gc.get_count())
counts = []
for i in range(2500):
    a = []
    a.append(a)
    if i % 250 == 0:
        counts.append(gc.get_count())
print(counts)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
