# A full collection as the first statement: python3's start-up garbage,
# then the long-lived rule counting from it.
import gc
print(gc.collect())
print(gc.get_count())
keep = []
for i in range(20000):
    a = []
    a.append(a)
    keep.append((i,))
print(gc.get_count())
print(gc.collect())
