# More PyErr_Format messages made while their operands live: a list's and
# a bytearray's extended-slice size mismatch (the PySequence_Fast copy
# dropped after the message), str.strip's argument type, a property with
# no getter, setter or deleter (its name and PyType_GetQualName through %R).
import tracemalloc
tracemalloc.start()
def big(n=400):
    return "q" * n
class P:
    @property
    def x(self):
        return 1
    y = property(None)
    z = property(lambda self: 2)
class LongQualifiedClassNameForTheMessage:
    w = property()
lst = list(range(10))
ba = bytearray(10)
cases = [('extslice', lambda: lst.__setitem__(slice(0, 10, 2), (big() for _ in range(3)))),
         ('extslice-t', lambda: lst.__setitem__(slice(0, 10, 3), (big(), big()))),
         ('extslice-ba', lambda: ba.__setitem__(slice(0, 10, 2), bytes(300))),
         ('strip', lambda: big().strip(5)), ('lstrip', lambda: big().lstrip(b"x")), ('rstrip', lambda: big().rstrip([])),
         ('setter', lambda: setattr(P(), "x", big())), ('deleter', lambda: delattr(P(), "x")),
         ('getter', lambda: P().y), ('setter2', lambda: setattr(P(), "z", big())),
         ('long', lambda: setattr(LongQualifiedClassNameForTheMessage(), "w", big())),
         ('long-get', lambda: LongQualifiedClassNameForTheMessage().w)]
for label, fn in cases:
    for k in range(2):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            fn()
        except Exception as e:
            m = type(e).__name__ + ": " + str(e)[:70]
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, m)
