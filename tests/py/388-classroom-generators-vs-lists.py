# Classroom: generators versus lists in memory: getsizeof of a generator, tracemalloc of sum over a
# generator expression against sum over a list, a suspended generator holding its list, closing it.
import sys, tracemalloc

def squares(n):
    for i in range(n):
        yield i * i

g = squares(1000)
lst = [i * i for i in range(1000)]
print("generator size:", sys.getsizeof(g))
print("list size:", sys.getsizeof(lst))
print(type(g).__name__, next(g), next(g), next(g))

tracemalloc.start()
total = sum(x for x in range(10000))
cur, peak = tracemalloc.get_traced_memory()
print("genexpr sum", total, cur, peak)
tracemalloc.stop()

tracemalloc.start()
total = sum([x for x in range(10000)])
cur, peak = tracemalloc.get_traced_memory()
print("list sum", total, cur, peak)
tracemalloc.stop()

def hold(data):
    for item in data:
        yield item

big = [0] * 500
print(sys.getrefcount(big))
h = hold(big)
print(sys.getrefcount(big))
print(next(h))
print(sys.getrefcount(big))
h.close()
print(sys.getrefcount(big))
try:
    next(h)
except StopIteration:
    print("closed generator is exhausted")
del h
print(sys.getrefcount(big))
