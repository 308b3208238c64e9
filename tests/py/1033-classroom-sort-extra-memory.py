# Classroom: how much extra memory does sorting need as the list grows?
import tracemalloc

def shuffled(n):
    return [(i * 7919 + 13) % n for i in range(n)]

tracemalloc.start()
for n in [10, 100, 127, 128, 129, 200, 255, 256, 300, 1000, 5000]:
    data = shuffled(n)
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    data.sort()
    p1 = tracemalloc.get_traced_memory()[1] - before
    data = shuffled(n)
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    data.sort(key=lambda x: x)
    p2 = tracemalloc.get_traced_memory()[1] - before
    data = shuffled(n)
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    out = sorted(data, reverse=True)
    p3 = tracemalloc.get_traced_memory()[1] - before
    words = [str(x) for x in data]
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    words.sort()
    p4 = tracemalloc.get_traced_memory()[1] - before
    print(f"n={n:5} sort={p1:6} key={p2:6} sorted={p3:6} strs={p4:6}")
tracemalloc.stop()
