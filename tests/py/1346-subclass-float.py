# class Celsius(float): the instance is a float's 24 bytes, a weakref
# slot and a managed __dict__ (a GC type: 64 bytes with the pre-header),
# made by float_subtype_new (an exact float from the free list, its value
# copied, given back); operations give exact floats; attributes; slots.
import sys, gc, tracemalloc
class Celsius(float):
    def __new__(cls, deg):
        return super().__new__(cls, deg)
    def fahrenheit(self):
        return self * 9 / 5 + 32
class Tiny(float):
    __slots__ = ()
class Named(float):
    __slots__ = ("unit",)
c = Celsius(100)
print(c, repr(c), c.fahrenheit(), type(c + 1).__name__, c + 1, -c, abs(c), c * 2, 2 * c, c > 50, c == 100.0)
print(int(c), float(c), type(float(c)).__name__, round(c), f"{c:.2f}", "%s" % c, str(c), hash(c) == hash(100.0))
print(sys.getsizeof(c), sys.getsizeof(Tiny(1)), sys.getsizeof(Named(2)), gc.is_tracked(c), gc.is_tracked(Tiny(1)))
c.note = "hot"
print(c.note, vars(c), isinstance(c, float), type(c).__mro__)
n = Named(3.5)
n.unit = "m"
print(n, n.unit, type(n).__name__)
try:
    Tiny(1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
tracemalloc.start()
xs = [Celsius(i) for i in range(20)]
print(tracemalloc.get_traced_memory())
ys = [Tiny(i) for i in range(20)]
print(tracemalloc.get_traced_memory())
del xs, ys
print(tracemalloc.get_traced_memory()[0])
print(Celsius("1.5"), Tiny(), float.__new__(Tiny, 7), type(float.__new__(float, 2)).__name__)
for bad in ["x", None]:
    try:
        Celsius(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
