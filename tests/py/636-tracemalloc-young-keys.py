# The generation-1 collection the thresholds start while list() drains a generator
# frees pickle's exception classes (garbage `import tracemalloc` leaves): three small
# keys tables, allocated before tracemalloc.start(), go to the keys free list and the
# generator's next dicts take them untraced.
import gc
import tracemalloc


def g(n):
    for i in range(n):
        yield {'a': i}


tracemalloc.start()
x = list(g(6800))
print(gc.get_count())
print(tracemalloc.get_traced_memory())
