# __sizeof__ is object's method, so every object has it: functions, cells,
# bound methods, exceptions, tracebacks and frames too (their own getattr
# answers their fields, then looks along the type as PyObject_GenericGetAttr
# does).  sys.getsizeof adds the GC header to what __sizeof__ says.
import sys

def plain():
    return 1

def make_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump

class Basket:
    def add(self, item):
        return item

bump = make_counter()
cell = bump.__closure__[0]
method = Basket().add
print(plain.__sizeof__(), sys.getsizeof(plain) - plain.__sizeof__())
print(cell.__sizeof__(), sys.getsizeof(cell) - cell.__sizeof__())
print(method.__sizeof__(), sys.getsizeof(method) == method.__sizeof__() + 16)
print(type(method.__sizeof__).__name__, method.__sizeof__.__self__ is method)
print(type(plain.__sizeof__).__name__, plain.__sizeof__.__self__ is plain)

try:
    {}["missing"]
except KeyError as e:
    err = e
print(err.__sizeof__(), err.__sizeof__.__self__ is err)
tb = err.__traceback__
print(tb.__sizeof__(), sys.getsizeof(tb) - tb.__sizeof__())
print(tb.tb_frame.__sizeof__() == sys.getsizeof(tb.tb_frame) - 16)
print(type(tb.__repr__).__name__, type(tb.tb_frame.__repr__).__name__)
print(sys.__sizeof__() == sys.getsizeof(sys) - 16, type(sys.__sizeof__).__name__)
for name in ("tb_nothing", "f_nothing"):
    try:
        getattr(tb if name[0] == "t" else tb.tb_frame, name)
    except AttributeError as e:
        print(e)
try:
    plain.nothing
except AttributeError as e:
    print(e)
try:
    cell.nothing
except AttributeError as e:
    print(e)
try:
    method.nothing
except AttributeError as e:
    print(e)
try:
    err.nothing
except AttributeError as e:
    print(e)
