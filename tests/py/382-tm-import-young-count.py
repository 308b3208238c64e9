# `import tracemalloc` with about 450 young objects counted: the import's own
# collections come at other moments than after gc.collect(), and what they free
# parks on the tuple free lists later.  python3 ends the import with one more
# 1-tuple, one more 4-tuple and two more 5-tuples parked than with a low count,
# so fewer of the tuples made after tracemalloc.start() take a new block.
keep = [[] for i in range(450)]
import tracemalloc
tracemalloc.start()
slots = [None] * 6
for n in range(1, 9):
    before = tracemalloc.get_traced_memory()[0]
    for i in range(6):
        slots[i] = tuple(range(300, 300 + n))
    print(n, tracemalloc.get_traced_memory()[0] - before)
    slots = [None] * 6
