# stopping tracemalloc forgets the traces; restarting starts from near zero
import tracemalloc
tracemalloc.start()
data = [0] * 200000
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 1600000)  # True
tracemalloc.stop()
print(tracemalloc.get_traced_memory())  # (0, 0)
tracemalloc.start()
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 < 1600000, peak2 < 1600000)  # True True: data was allocated before this start
more = [1] * 200000
cur3, peak3 = tracemalloc.get_traced_memory()
print(cur3 - cur2 >= 1600000)  # True
tracemalloc.stop()
