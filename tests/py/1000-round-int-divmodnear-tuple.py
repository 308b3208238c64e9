# round(int, -n) goes through int.__round__, whose _PyLong_DivmodNear
# returns (q, r) in a new 2-tuple: with the tuple free list empty that
# tuple is a fresh traced block, then parked on the free list.
import gc
import tracemalloc
keep = []
for i in range(40):
    keep.append((i, i))          # empty the free list of 2-tuples
tracemalloc.start()
before = tracemalloc.get_traced_memory()
x = round(92219, -3)
after = tracemalloc.get_traced_memory()
print(x, after[0] - before[0], after[1] - before[1])
y = round(number=123456789, ndigits=-4)
print(y, tracemalloc.get_traced_memory()[0] - after[0])
keep.append((x, y))
z = round(-987654321987654321987, -5)
print(z, tracemalloc.get_traced_memory()[0] - after[0])
w = (1, x)                      # reuses the parked tuple
print(w, tracemalloc.get_traced_memory()[0] - after[0])
print(round(250, -2), round(350, -2), round(-250, -2), round(5, -1), round(15, -1))
tracemalloc.stop()
