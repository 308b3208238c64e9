# zip(strict=True): the keyword parsed as PyArg_ParseTupleAndKeywords does
# (a str of its name made for the lookup), and the ValueError naming the
# argument that ran out early or went on; an iterator's own error passes.
import tracemalloc, gc
def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result
tracemalloc.start()
a, b, c = [1, 2, 3], "xyz", (7, 8)
print(measure("plain", lambda: list(zip(a, b))))
print(measure("strict", lambda: list(zip(a, b, strict=True))))
print(measure("strict false", lambda: list(zip(a, c, strict=False))))
for args in [(a, c), (c, a), (a, b, c), (a, a, c), (c, a, a), ()]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
for bad in [{"strct": True}, {"strict": 1, "x": 2}]:
    try:
        zip(a, **bad)
    except TypeError as e:
        print("TypeError:", e)
class B:
    def __bool__(self):
        raise RuntimeError("no truth")
try:
    zip(a, strict=B())
except RuntimeError as e:
    print("RuntimeError:", e)
def gen():
    yield 1
    raise KeyError("boom")
try:
    list(zip([1, 2], gen(), strict=True))
except KeyError as e:
    print("KeyError:", e)
z = zip(a, b, strict=1)
print(next(z), gc.is_tracked(z), type(z).__name__)
for pair in zip(a, b, strict=True):
    print(pair, end=" ")
print()
