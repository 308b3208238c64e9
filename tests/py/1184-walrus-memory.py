# Assignment expressions (:=) and memory: the value is copied on the stack
# and stored, so the name holds one more reference (getrefcount), a
# comprehension's target is a cell of the function around it (the code
# objects' sizes and cell names), the gc count and traced memory of a
# loop that binds with := are python3's.
import gc, sys
print(gc.get_count())
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long", n)
i = 0
while (chunk := data[i:i + 3]):
    print(chunk, sys.getrefcount(chunk))
    i += 3
def running(xs):
    total = 0
    sums = [total := total + x for x in xs]
    return total, sums
def last_big(xs):
    return [v for x in xs if (v := x * 10) > 30], v
print(running(data), last_big(data))
for fn in (running, last_big):
    co = fn.__code__
    print(fn.__name__, sys.getsizeof(co), co.co_varnames, co.co_cellvars)
import tracemalloc
tracemalloc.start()
keep = [(s := str(k)) for k in range(200)]
print(tracemalloc.get_traced_memory(), s, sys.getrefcount(s))
del keep
print(tracemalloc.get_traced_memory(), sys.getrefcount(s))
tracemalloc.stop()
print(gc.get_count())
