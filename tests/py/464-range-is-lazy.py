# "range is lazy": a range object stays 48 bytes whatever its length, but it keeps
# its bounds alive (sys.getrefcount) and holds its length as an int once past 256.
import sys
import tracemalloc

n = 1000
print(sys.getrefcount(n))
r = range(n)
print(sys.getrefcount(n), sys.getsizeof(r), len(r), r[-1])
start, stop = 5000, 9000
r2 = range(start, stop, 3)
print(sys.getrefcount(start), sys.getrefcount(stop), len(r2), r2[10])
del r, r2
print(sys.getrefcount(n), sys.getrefcount(start))

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
small = range(200)
m1 = tracemalloc.get_traced_memory()[0]
big = range(2000)
m2 = tracemalloc.get_traced_memory()[0]
huge = range(2 ** 40)
m3 = tracemalloc.get_traced_memory()[0]
back = range(3000, 0, -7)
m4 = tracemalloc.get_traced_memory()[0]
print(m1 - base, m2 - m1, m3 - m2, m4 - m3)
lst = list(big)
m5 = tracemalloc.get_traced_memory()[0]
print(m5 - m4, sys.getsizeof(lst), sys.getsizeof(big), len(back), back[-1])
t = tuple(range(1500))
print(tracemalloc.get_traced_memory()[0] - m5, sys.getsizeof(t))
tracemalloc.reset_peak()
total = 0
for i in range(600, 900):
    total += i
print(total, tracemalloc.get_traced_memory()[1] - tracemalloc.get_traced_memory()[0] < 200)
print(range(0, 10, 2) == range(0, 9, 2), range(True, 5), list(range(3, -4, -2)))
tracemalloc.stop()
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
