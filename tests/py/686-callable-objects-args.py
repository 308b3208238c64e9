# Calling an instance (its class's __call__) or a class with keywords goes
# through _PyObject_MakeTpCall: the arguments are packed into a tuple and a
# dict, then unpacked again for the Python function (a new array and a new
# tuple of keyword names); all of it lands on free lists afterwards.
import gc
import sys
import tracemalloc

class Multiplier:
    def __init__(self, factor, *, label="x"):
        self.factor = factor
        self.label = label
    def __call__(self, value, offset=0):
        return value * self.factor + offset

class Registry:
    def __init__(self, *names, **options):
        self.names = names
        self.options = options

double = Multiplier(2, label="double")
gc.collect()
tracemalloc.start()
a = double(5)
b = double(5, offset=1)
r = Registry(*["a", "b", "c", "d", "e", "f"])
r2 = Registry("x", strict=True, level=3)
cur, peak = tracemalloc.get_traced_memory()
for st in tracemalloc.take_snapshot().statistics("lineno"):
    line = str(st).split("/")[-1]
    if not line.startswith("tracemalloc.py"):
        print(line)
tracemalloc.stop()
print(a, b, r.names, r2.options, peak - cur)

gc.collect()
before = gc.get_count()[0]
results = [double(i) for i in range(3)]
print(results, gc.get_count()[0] - before)
before = gc.get_count()[0]
results = [double(i, offset=i) for i in range(3)]
print(results, gc.get_count()[0] - before)
args = (7,)
print(double(*args), sys.getrefcount(args), double(*args, offset=3))
print(callable(double), type(double).__name__, sys.getsizeof(r2.options))
