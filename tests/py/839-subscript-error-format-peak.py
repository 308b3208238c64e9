# TypeErrors of a bad subscript (list_subscript, tuplesubscript,
# unicode_subscript, range_subscript, PyObject_GetItem's "not
# subscriptable") are made by PyErr_Format: PyUnicode_FromFormatV's writer
# buffer of len(format) + 100 characters and the temporary str of the
# %.200s type name.  Inside str.format, with the field's key str and the
# output writer alive, making that message is the call's peak.
import tracemalloc


class Box:
    pass


def list_key():
    try:
        return "<{0[-1]}>".format([1])
    except TypeError as e:
        return str(e)


def tuple_key():
    try:
        return "<{0[xyz]}>".format((1, "hello"))
    except TypeError as e:
        return str(e)


def str_key():
    try:
        return "<{0[ab]}>".format("text")
    except TypeError as e:
        return str(e)


def range_key():
    try:
        return "<{0[ab]}>".format(range(3))
    except TypeError as e:
        return str(e)


def int_item():
    try:
        return "<{0[1][0]}>".format([1, 2])
    except TypeError as e:
        return str(e)


def inst_item():
    try:
        return "<{0[0]}>".format(Box())
    except TypeError as e:
        return str(e)


cases = (list_key, tuple_key, str_key, range_key, int_item, inst_item)
for fn in cases:
    fn()
tracemalloc.start()
for fn in cases + cases:
    tracemalloc.reset_peak()
    c0, p0 = tracemalloc.get_traced_memory()
    r = fn()
    c1, p1 = tracemalloc.get_traced_memory()
    print(fn.__name__, r, c1 - c0, p1 - p0)
    del r
