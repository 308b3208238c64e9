# survivors and garbage mixed, automatic collection on: objects kept alive
# move through the generations (11 young collections, then an older one)
# while cycles are collected; counts recorded, printed at the end
import gc
record = []
gc.collect()
keep = []
for i in range(12000):
    item = [i]
    if i % 3 == 0:
        keep.append(item)
    else:
        item.append(item)
    if i % 1500 == 0:
        record.append((i, gc.get_count()))
del item
record.append((len(keep), gc.get_count()))
record.append(gc.collect(0))
record.append(gc.get_count())
record.append(gc.collect())
record.append(gc.get_count())
for r in record:
    print(r)
