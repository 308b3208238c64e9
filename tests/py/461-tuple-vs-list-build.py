# Freezing data into tuples: tuple() of a range, a generator, reversed() and map(),
# measured with tracemalloc (current and peak): a guessed size, then a resize.
import sys
import tracemalloc

data = list(range(300))
r = range(2000)
tracemalloc.start()
t1 = tuple(r)
print("tuple(range)", tracemalloc.get_traced_memory(), sys.getsizeof(t1))
tracemalloc.reset_peak()
t2 = tuple(x * 2 for x in data)
print("tuple(genexp)", tracemalloc.get_traced_memory(), sys.getsizeof(t2))
tracemalloc.reset_peak()
t3 = tuple(reversed(data))
print("tuple(reversed)", tracemalloc.get_traced_memory(), t3[:3])
tracemalloc.reset_peak()
t4 = tuple(map(str, data[:50]))
print("tuple(map)", tracemalloc.get_traced_memory(), t4[-1])
tracemalloc.reset_peak()
l1 = list(x for x in data if x % 3 == 0)
print("list(genexp)", tracemalloc.get_traced_memory(), sys.getsizeof(l1))
tracemalloc.reset_peak()
t5 = tuple(x for x in data[:25])
print("tuple(25 items)", tracemalloc.get_traced_memory(), sys.getsizeof(t5))
tracemalloc.reset_peak()
t6 = tuple(iter(data))
print("tuple(iter)", tracemalloc.get_traced_memory(), sys.getsizeof(t6))
tracemalloc.stop()
