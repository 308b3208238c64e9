# Forwarding arguments with * and ** to a class, an instance's __call__
# or an exception: CALL_FUNCTION_EX builds one tuple (and one dict) and
# PyObject_Call hands them to the type as they are; only the Python
# __init__ or __call__ needs them unpacked again.
import gc
import tracemalloc

class Point:
    def __init__(self, x, y=0, *, label=""):
        self.x, self.y, self.label = x, y, label
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"

class Scaler:
    def __init__(self, k):
        self.k = k
    def __call__(self, *values, **opts):
        return [v * self.k for v in values], sorted(opts)

class BadInput(ValueError):
    pass

def make(cls, *args, **kwargs):
    return cls(*args, **kwargs)

triple = Scaler(3)
gc.collect()
tracemalloc.start()
p = make(Point, 1, 2, label="a")
q = make(Point, *(5,))
s = triple(*[1, 2], **{"round": True})
e = make(BadInput, "bad", 42)
cur, peak = tracemalloc.get_traced_memory()
for st in tracemalloc.take_snapshot().statistics("lineno"):
    line = str(st).split("/")[-1]
    if not line.startswith("tracemalloc.py"):
        print(line)
tracemalloc.stop()
print(p, q, s, repr(e), e.args, peak - cur)
args = ("only",)
err = BadInput(*args)
print(err.args is args, err.args == args)
gc.collect()
before = gc.get_count()[0]
pts = [make(Point, i, y=i) for i in range(3)]
print(pts, gc.get_count()[0] - before)
