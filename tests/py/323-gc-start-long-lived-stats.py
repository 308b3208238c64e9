# How many full collections the 25 % rule allowed, read back through
# gc.get_count() after each thousand survivors.
import gc
keep = []
full = 0
last2 = gc.get_count()[2]
for i in range(60000):
    keep.append([i])
    c = gc.get_count()
    if c[2] < last2:
        full += 1
    last2 = c[2]
print(full)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
