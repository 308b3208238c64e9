# get_object_traceback of a big str and tuple (raw blocks), a dict
# comprehension, an instance, its class, a generator, an exception
import tracemalloc


def line_of(obj):
    tb = tracemalloc.get_object_traceback(obj)
    return None if tb is None else tb[0].lineno


tracemalloc.start()
n = 1000
big = "x" * n
print(line_of(big))
bt = tuple(range(n))
print(line_of(bt))
bd = {i: i for i in range(100)}
print(line_of(bd))
class K:
    def __init__(self):
        self.a = 1
k = K()
print(line_of(k), line_of(K))
def g():
    yield 1
print(line_of(g()))
e = ValueError("x")
print(line_of(e))
print(tracemalloc.get_traced_memory())
tracemalloc.stop()
print(tracemalloc.get_object_traceback(big), tracemalloc.get_traced_memory())
