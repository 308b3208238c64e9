# yield from and memory: code object sizes (SEND, the loop back), the
# generator frames sized by co_stacksize, traced memory and its peak while
# nested generators delegate, the collector's counts.
import gc
import sys
import tracemalloc


def inner(n):
    for i in range(n):
        yield i
    return n


def outer():
    r = yield from inner(3)
    return r


def two():
    a = yield from inner(1)
    b = yield from [a, a]
    yield from outer()
    return a, b


def nested(k):
    if k:
        yield from nested(k - 1)
    else:
        yield 'bottom'


print(sys.getsizeof(outer.__code__), sys.getsizeof(two.__code__), sys.getsizeof(nested.__code__))
print(sys.getsizeof(outer()), sys.getsizeof(two()), sys.getsizeof(nested(0)))
g = outer()
next(g)
print(sys.getrefcount(g), gc.is_tracked(g))
tracemalloc.start()
a = tracemalloc.get_traced_memory()[0]
h = two()
vals = list(h)
b = tracemalloc.get_traced_memory()
print(vals, b[0] - a, b[1] - a)
tracemalloc.reset_peak()
a = tracemalloc.get_traced_memory()[0]
print(list(nested(5)))
b = tracemalloc.get_traced_memory()
print(b[0] - a, b[1] - a)
gc.collect()
print(gc.get_count())
n = nested(3)
print(next(n))
print(gc.get_count())
del n
print(gc.get_count())
