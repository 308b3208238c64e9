# set_threshold(0) turns automatic collection off: the start-up counts
# only grow until it is set back.
import gc
gc.set_threshold(0)
for i in range(2000):
    a = []
    a.append(a)
print(gc.get_count())
gc.set_threshold(700)
a = []
print(gc.get_count())
print(gc.collect())
