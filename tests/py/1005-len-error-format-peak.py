# len() of an object without a length raises through PyErr_Format
# ("object of type '%.200s' has no len()"): PyUnicode_FromFormatV's writer
# buffer (the format's length plus 100 characters) and the temporary str
# for the type's name are both alive at the peak.  The module's frame
# object is made by a first exception, so the later peaks show the
# message's own.  Found by fuzz-diff seed 30310083 (sorted(key=len)).
import tracemalloc
class C:
    pass
try:
    1 / 0
except ZeroDivisionError:
    pass
c = C()
tracemalloc.start()
try:
    len(3)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    sorted([1, 2], key=len)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    [4.5].sort(key=len)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
try:
    len(c)
except TypeError as e:
    print(e, tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
