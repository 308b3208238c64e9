vals = [0, 1.5, 2j, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True,
        range(3), slice(1), type, object(), iter([]), iter(""), iter("é"), iter({}), iter(()),
        len, print, (lambda: 0), int, Exception("e"), NotImplemented, Ellipsis, 3,
        zip(), map(abs, []), filter(None, []), enumerate([]), reversed([]), (x for x in [])]
names = ["__len__", "foo", "real", "imag", "__round__", "__length_hint__", "__class_getitem__", "__next__",
         "__iter__", "__doc__", "append", "__dict__", "__name__", "__qualname__", "args", "start", "__format__",
         "__dir__", "__hash__", "__sizeof__", "__reduce__", "__getnewargs__", "conjugate", "__trunc__", "__index__",
         "gi_frame", "__self__", "__code__", "__module__", "__weakref__", "__slots__", "mro", "__bases__"]
for v in vals:
    for n in names:
        row = [type(v).__name__, n]
        try:
            r = getattr(v, n, "<d>")
            row.append("d" if r == "<d>" else "v")
        except NotImplementedError:
            row.append("N")
        except Exception as e:
            row.append(type(e).__name__)
        try:
            row.append("T" if hasattr(v, n) else "F")
        except NotImplementedError:
            row.append("N")
        print(*row)
for bad in [1, None, b"x"]:
    try:
        getattr(1, bad, 2)
    except TypeError as e:
        print(e)
    try:
        hasattr(1, bad)
    except TypeError as e:
        print(e)
class A:
    def __getattr__(self, n):
        if n == "boom":
            raise KeyError(n)
        raise AttributeError(n)
a = A()
print(getattr(a, "x", 5), hasattr(a, "x"))
try:
    getattr(a, "boom", 1)
except KeyError as e:
    print("KE", e)
try:
    hasattr(a, "boom")
except KeyError as e:
    print("KE2", e)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        return 1 / 0
print(getattr(P(), "p", "dflt"), hasattr(P(), "p"))
try:
    getattr(P(), "q", 0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    getattr(1, "nope")
except AttributeError as e:
    print(e)
try:
    getattr()
except TypeError as e:
    print(e)
try:
    getattr(1)
except TypeError as e:
    print(e)
try:
    getattr(1, "a", 2, 3)
except TypeError as e:
    print(e)
try:
    hasattr(1)
except TypeError as e:
    print(e)
try:
    getattr(1, name="x")
except TypeError as e:
    print(e)
