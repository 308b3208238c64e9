# Classroom: sorted() copies, list.sort() works in place, key= costs memory.
import sys
import tracemalloc

data = [(i * 7919) % 1000 for i in range(1000)]
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
copy = sorted(data)
cur, peak = tracemalloc.get_traced_memory()
print("sorted(): kept", cur - before, "peak", peak - before)
print("copy is data:", copy is data, sys.getsizeof(copy), sys.getsizeof(data))
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
data.sort()
cur, peak = tracemalloc.get_traced_memory()
print("list.sort(): kept", cur - before, "peak", peak - before)
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
data.sort(key=lambda x: -x)
cur, peak = tracemalloc.get_traced_memory()
print("sort(key=neg): kept", cur - before, "peak", peak - before)
words = ["pear", "fig", "banana", "kiwi", "apple"] * 20
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
by_len = sorted(words, key=len)
cur, peak = tracemalloc.get_traced_memory()
print("sorted(key=len): kept", cur - before, "peak", peak - before)
tracemalloc.reset_peak()
before = tracemalloc.get_traced_memory()[0]
pairs = sorted(words, key=lambda w: (len(w), w))
cur, peak = tracemalloc.get_traced_memory()
print("sorted(key=tuple): kept", cur - before, "peak", peak - before)
print(by_len[:3], pairs[:3])
print("items shared:", by_len[0] is words[1])
rev = sorted(data, reverse=True)
print(rev[:3], data[:3])
tracemalloc.stop()
