# Classroom: with statements whose __exit__ frees a resource (tracemalloc before and after), suppressing
# exceptions, and the order of __exit__ and __del__ for nested managers.
import sys, gc, tracemalloc

class Buffer:
    def __init__(self, size):
        self.size = size
        self.data = None
    def __enter__(self):
        self.data = bytes(self.size)
        print("allocated", len(self.data))
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        self.data = None
        return False

tracemalloc.start()
with Buffer(100000) as buf:
    cur, peak = tracemalloc.get_traced_memory()
    print("inside", cur >= 100000)
cur, peak = tracemalloc.get_traced_memory()
print("after", cur < 1000, peak >= 100000)
print(buf.data)

class Suppress:
    def __enter__(self):
        return "resource"
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__, v)
        return True

with Suppress() as r:
    print(r)
    raise ValueError("oops")
print("continued")

try:
    with Buffer(10) as b2:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

class Tracked:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("closing", self.n, len(args))
    def __del__(self):
        print("del", self.n)

with Tracked(1):
    print("body")
print("after with 1")
with Tracked(2) as t:
    pass
print("after with 2")
del t
with Tracked(3) as a, Tracked(4) as b:
    print("two managers")
del a, b
print(sys.getrefcount(buf))
tracemalloc.stop()
