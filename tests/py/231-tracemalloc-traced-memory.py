# tracemalloc.get_traced_memory: (current, peak) grow with allocations, peak remembers the maximum
import tracemalloc
tracemalloc.start()
c0, p0 = tracemalloc.get_traced_memory()
data = [0] * 100000
c1, p1 = tracemalloc.get_traced_memory()
del data
c2, p2 = tracemalloc.get_traced_memory()
print(c1 - c0 >= 800000)  # True: the list's item array
print(c2 < c1)  # True: freed
print(p2 >= c1, p1 >= c1, p0 >= c0)  # True True True
print(c1 - c2 >= 790000)  # True: about 800000 bytes released
tracemalloc.stop()
print(tracemalloc.get_traced_memory())  # (0, 0) once stopped
