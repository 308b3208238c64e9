# Generators versus lists: the tracemalloc peak of each.
import tracemalloc

def peak(fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    result = fn()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, peak

n = 10000
r1, p1 = peak(lambda: sum([x * x for x in range(n)]))
r2, p2 = peak(lambda: sum(x * x for x in range(n)))
print(r1 == r2, r1)
print("list comprehension peak:", p1)
print("generator peak:", p2)
print("list uses more:", p1 > 10 * p2)

def squares(n):
    for i in range(n):
        yield i * i

g = squares(5)
print(type(g).__name__, next(g), next(g), list(g))
