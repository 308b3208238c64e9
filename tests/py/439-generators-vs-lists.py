# Generators versus lists: the memory a student measures with getsizeof and tracemalloc.
import sys
import tracemalloc

squares_list = [i * i for i in range(1000)]
squares_gen = (i * i for i in range(1000))
print(sys.getsizeof(squares_list), sys.getsizeof(squares_gen) < 300)
print(sum(squares_list) == sum(squares_gen))
print(sum(squares_gen))

def countdown(n):
    while n > 0:
        yield n
        n -= 1

g = countdown(3)
print(type(g).__name__, next(g), next(g), list(g), list(g))

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
data = [x * 2 for x in range(500)]
after_list = tracemalloc.get_traced_memory()[0]
total = sum(x * 2 for x in range(500))
after_gen = tracemalloc.get_traced_memory()[0]
print(after_list - before > 4000, after_gen - after_list < 1000, total)
del data
print(tracemalloc.get_traced_memory()[0] - before < 1000)
cur, peak = tracemalloc.get_traced_memory()
print(peak >= cur, peak - before > 4000)
tracemalloc.stop()

def read_chunks(items, size):
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

for c in read_chunks(range(10), 4):
    print(c, sys.getsizeof(c))
pipeline = (x for x in (y * 3 for y in range(20)) if x % 2 == 0)
print(list(pipeline))
