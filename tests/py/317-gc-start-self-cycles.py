# 5,000 self-referencing lists with automatic collection on and no
# gc.collect() first: the counts and the final collection as python3's.
import gc
for i in range(5000):
    a = []
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
