# repr(True) and str(False) return the interpreter's static strings
# (bool_repr: _Py_ID(True), _Py_ID(False)) and allocate nothing; repr(None),
# repr(...) and repr(NotImplemented) make a new str each call.
import tracemalloc
tracemalloc.start()
before = tracemalloc.take_snapshot()
bools = [repr(True), str(False), repr(1 > 0), f"{False}", format(True)]
others = [repr(None), repr(...), repr(NotImplemented)]
print(True, False, 2 < 1)
after = tracemalloc.take_snapshot()
for st in after.compare_to(before, "lineno"):
    print(str(st).split("/")[-1])
print(bools[0] is repr(True), bools[1] is str(False), others[0] is repr(None))
print(bools, others)
tracemalloc.stop()
