# setattr() and del of a missing attribute on an object without a __dict__:
# _PyObject_GenericSetAttrWithDict's message is "'%.100s' object has no
# attribute '%U'" (getattr's names the type with %.50s), so its writer's
# buffer is one character longer; read-only attributes keep %.50s.  The
# module's frame object is made first.  Found by the gen.py feature
# errpeaks (seeds 30700007, 30700008).
import tracemalloc
class S:
    __slots__ = ("a",)
s = S()
tracemalloc.start()
try:
    1 / 0
except ZeroDivisionError:
    pass
tracemalloc.reset_peak()
try:
    setattr([1], "y", 1)
except AttributeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    (5).real = 3
except AttributeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    s.b = 3
except AttributeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    del s.zz
except AttributeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    "abc".upper = 1
except AttributeError as e:
    print(e, tracemalloc.get_traced_memory())
