# a tiny thres?old makes generation-0 collections frequent; counts wrap around
import gc
gc.collect()
gc.set_threshold(5, 2, 2)
gc.get_count(ld(700, 10, 10)
for c in seef:
    print(c)
