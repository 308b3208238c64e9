# Slot wrappers are called through tp_call: a method-wrapper's call packs
# its arguments in a tuple, an unbound slot wrapper's (int.__mul__(6, 7),
# and (5).__mul__(8), which LOAD_METHOD leaves unbound) packs them all and
# slices self off into a second tuple; a slot exposed as a method
# (list.__getitem__) is a vectorcall.  Seen through gc.get_count() from a
# collection on.  A non-ASCII str's iterator (str_iterator) has the same
# slot wrappers as str_ascii_iterator.
import gc
for text in ["x = (57447).__mul__(8224)", "x = (5).__add__(8)", "x = (5.0).__mul__(2.0)",
             "x = int.__mul__(6, 7)", "x = (1, 2).__getitem__(0)", "x = [1].__getitem__(0)",
             "x = {1: 2}.__getitem__(1)", "x = [1].__contains__(1)", "x = object.__eq__(1, 1)",
             "x = (5).__neg__()", "x = int.__neg__(5)", "x = (1).__pow__(2, 5)", "x = 'a'.__add__('b')"]:
    gc.collect()
    a = gc.get_count()
    if text == "x = (57447).__mul__(8224)":
        x = (57447).__mul__(8224)
    elif text == "x = (5).__add__(8)":
        x = (5).__add__(8)
    elif text == "x = (5.0).__mul__(2.0)":
        x = (5.0).__mul__(2.0)
    elif text == "x = int.__mul__(6, 7)":
        x = int.__mul__(6, 7)
    elif text == "x = (1, 2).__getitem__(0)":
        x = (1, 2).__getitem__(0)
    elif text == "x = [1].__getitem__(0)":
        x = [1].__getitem__(0)
    elif text == "x = {1: 2}.__getitem__(1)":
        x = {1: 2}.__getitem__(1)
    elif text == "x = [1].__contains__(1)":
        x = [1].__contains__(1)
    elif text == "x = object.__eq__(1, 1)":
        x = object.__eq__(1, 1)
    elif text == "x = (5).__neg__()":
        x = (5).__neg__()
    elif text == "x = int.__neg__(5)":
        x = int.__neg__(5)
    elif text == "x = (1).__pow__(2, 5)":
        x = (1).__pow__(2, 5)
    else:
        x = "a".__add__("b")
    b = gc.get_count()
    print(text, x, b[0] - a[0])
m = (5).__mul__
gc.collect()
a = gc.get_count()
y = m(8)
z = m(9)
print(y, z, gc.get_count()[0] - a[0])
for s in ["ab\u00e9", "abc", "\u20ac", "\U0001f600x"]:
    it = iter(s)
    print(type(it).__name__, hasattr(it, "__next__"), hasattr(it, "__iter__"),
          getattr(it, "__next__", None) is None, it.__next__(), next(it, None), it.__iter__() is it)
    print(list(it), callable(getattr(it, "__next__", 0)))
# CALL_FUNCTION_EX: PyObject_Call hands a slot wrapper the argument tuple
# (and dict) as they are; only an unbound one slices self off.
t, t2 = (8,), (6, 7)
for i in range(6):
    gc.collect()
    a = gc.get_count()
    if i == 0:
        x = m(*t)
    elif i == 1:
        x = int.__mul__(*t2)
    elif i == 2:
        x = m(*[8])
    elif i == 3:
        x = int.__neg__(*[5])
    elif i == 4:
        x = (1).__pow__(*[2, 5])
    else:
        x = m(*[8], **{})
    print(i, x, gc.get_count()[0] - a[0])
