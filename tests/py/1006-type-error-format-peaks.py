# Type errors CPython raises through PyErr_Format (type_error, binop_type_error,
# sequence_repeat, the concatenations, PyObject_GetIter, PyObject_Hash's
# unhashable, _PySequence_IterSearch): the writer's buffer (the format's
# length + 100 characters) and each %.Ns argument's temporary str are alive
# at the peak.  A first exception makes the module's frame object, so the
# peaks after it are the messages' own.  Found by fuzz-diff seed 30310129
# (sorted(key=abs) of tuples).
import tracemalloc
class C:
    pass
c = C()
try:
    1/0
except ZeroDivisionError:
    pass
tracemalloc.start()
try:
    abs((1,))
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    -"x"
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    ~c
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    abs(c)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    1 + "a"
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    x = [1]
    x += 3.5
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    x = 2
    x **= "s"
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    pow(2, None)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    c @ c
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    "ab" * 2.0
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    "ab" + 5
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    [1] + (2,)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    (1,) + [2]
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    for q in 5:
        pass
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    [1, 2][1.5]
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    range(c)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    {[1]: 2}
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    3 in 4
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
