# Calling what a builtin type's __dict__ holds: a method descriptor and a
# slot wrapper with self first, a getset through __get__, and a
# classmethod_descriptor (dict.fromkeys, object.__init_subclass__) with the
# class first, its errors as classmethoddescr_call and classmethod_get
# raise them.
class X:
    pass


fk = dict.__dict__["fromkeys"]
print(fk(dict, "ab"), fk(dict, [1, 2], 0))
print(object.__dict__["__init_subclass__"](X), object.__dict__["__subclasshook__"](X, 1))
for args in [(), (5,), (int,), (X,)]:
    try:
        print(fk(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(fk(dict, "ab", value=3))
except TypeError as e:
    print("TypeError:", e)
b = fk.__get__(None, dict)
print(b(["a"]), b.__name__, b.__self__, type(b).__name__)
print(fk.__get__({})(["z"]), fk.__name__, fk.__qualname__, fk.__objclass__)
try:
    fk.__get__(None, int)
except TypeError as e:
    print("TypeError:", e)
print(int.__dict__["__add__"](2, 3), int.__dict__["bit_length"](255), list.__dict__["append"].__name__)
xs = []
list.__dict__["append"](xs, 7)
print(xs, int.__dict__["real"].__get__(7), int.__dict__["real"].__name__, int.__dict__["real"].__objclass__)
try:
    int.__dict__["bit_length"]("s")
except TypeError as e:
    print("TypeError:", e)
print(type(fk).__name__, sorted(n for n in dir(fk) if n in ("__get__", "__call__", "__objclass__")))
