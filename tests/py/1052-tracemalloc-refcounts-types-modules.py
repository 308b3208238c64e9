# `import tracemalloc` loads some thirty modules whose classes, functions and
# caches add references to the built-in types, builtins and modules.
import sys

r = sys.getrefcount
before = [r(object), r(type), r(int), r(str), r(tuple), r(dict), r(Exception), r(len), r(sys)]
print("before:", *before)
import tracemalloc
after = [r(object), r(type), r(int), r(str), r(tuple), r(dict), r(Exception), r(len), r(sys)]
print("after: ", *after)
print("added: ", *[a - b for a, b in zip(after, before)])
print("tracemalloc:", r(tracemalloc), r(tracemalloc.start), r(tracemalloc.get_traced_memory))
tracemalloc.start()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


points = [Point(i, i) for i in range(10)]
print("traced:", tracemalloc.get_traced_memory()[0] > 0)
print("object after Point:", r(object), r(Point))
tracemalloc.stop()
print("functions:", r(tracemalloc.stop), r(tracemalloc.is_tracing), r(hash), r(abs))
