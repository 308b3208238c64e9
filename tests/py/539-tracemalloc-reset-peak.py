# reset_peak() and clear_traces()
import gc
import tracemalloc
gc.collect()  # empty free lists: sizes do not depend on start-up
tracemalloc.start()
t = [0] * 100000
del t
c1, p1 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
c2, p2 = tracemalloc.get_traced_memory()
print(p1 >= 800000, p2 < 800000, p2 >= c2)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
keep = [1] * 1000
print(tracemalloc.get_traced_memory()[0] >= 8000)
tracemalloc.stop()
