# a tiny threshold makes generation-0 collections frequent; counts wrap around
import gc
gc.collect()
gc.set_threshold(5, 2, 2)
gc.get_count()
seen = []
keep = []
for i in range(30):
    keep.append([])
    seen.append(gc.get_count())
gc.set_threshold(700, 10, 10)
for c in seen:
    print(c)
