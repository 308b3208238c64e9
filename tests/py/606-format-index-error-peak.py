# str.format's "{0[N]}" past the end of a list: get_field_object's
# getitem_sequence calls list_item, whose IndexError carries a static
# message (_Py_STR(list_err)) and is normalized only when caught, after
# the format's writer buffer is gone; a tuple's (tupleitem) makes its str.
import tracemalloc
tracemalloc.start()
acc = [str(i) for i in range(9)]
tup = tuple(acc)
print(tracemalloc.get_traced_memory())
try:
    print("<{0[50]}>".format(acc))
except IndexError as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
try:
    s = "{0[2]} {0[9]}".format(tup)
except IndexError as e:
    print(type(e).__name__, e)
print(tracemalloc.get_traced_memory())
try:
    s = "{0[3]}".format(acc) + "{1[12]}".format(tup, acc)
except IndexError:
    pass
print(tracemalloc.get_traced_memory())
