# str.format's "{0.name}" looks the name up with the str it cut from the
# format string (PyObject_GetAttr): a builtin type's attributes and
# methods are found by it as by a literal attribute, and a missing one is
# an AttributeError.
import sys

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

fields = ["{0.real}", "{0.imag}", "{0.numerator}", "{0.denominator}", "{0.real.imag}",
          "{0.__class__.__name__}", "{0.upper.__name__}", "{0.count.__qualname__}",
          "{0[0].real}", "{0.x}", "{0.y!r:>6}", "{0.nope}", "{0.__len__.__name__}"]
values = [3, True, 2.5, -(10 ** 30), "text", [7, 8], Point(1, "two")]
for field in fields:
    row = []
    for value in values:
        try:
            row.append(field.format(value))
        except (AttributeError, TypeError, IndexError) as e:
            row.append(type(e).__name__)
    print(field, row)
print("{0.real:>5}|{0.imag:<4}|{1.x}{1.y}".format(7, Point("a", "b")))
s = "{0.bit_length.__name__}".format(5)
print(s, sys.getrefcount(s))
print("{0.missing}".format(1.5))
