# A struct sequence's __reduce__ (structseq_reduce): (type, (its fields as a
# tuple, {})), built as Py_BuildValue("(O(OO))") builds it; its argument
# errors name its qualname; the descriptor refuses another object.
import sys, gc
vi = sys.version_info
print(vi.__reduce__())
r = type(sys.float_info).__reduce__(sys.float_info)
print(r[0], r[1][0][:3], r[1][1], type(r[1][0]), sys.getrefcount(r[1][0]), gc.is_tracked(r), gc.is_tracked(r[1][1]))
try:
    vi.__reduce__(1)
except TypeError as e:
    print(e)
try:
    type(vi).__reduce__(1)
except TypeError as e:
    print(e)
print(gc.get_count())
x = vi.__reduce__()
print(gc.get_count(), sys.getsizeof(x[1][1]))
del x
print(gc.get_count())
