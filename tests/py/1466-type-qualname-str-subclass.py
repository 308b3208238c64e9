# type(name, bases, ns) and a class statement take a __qualname__ that is a
# str subclass's instance (type_new_set_ht_name checks PyUnicode_Check, not
# the exact type) and keep that very object as the class's __qualname__;
# heapviz raised "type __qualname__ must be a str, not S".  A non-str is
# still the TypeError.
class S(str):
    pass


T = type("T", (), {"__qualname__": S("Outer.T"), "f": lambda self: 1})
print(T, T.__qualname__, type(T.__qualname__).__name__, T.__name__, T().f())


class K:
    __qualname__ = S("Renamed")


print(K, type(K.__qualname__).__name__)
try:
    type("U", (), {"__qualname__": b"bytes"})
except TypeError as e:
    print(e)
