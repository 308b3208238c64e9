# Memory of a builtin type's __dict__ under tracemalloc: the tp_dict is a
# start-up object (never traced); each access makes a mappingproxy, a
# 48-byte GC block (sys.getsizeof 40), and what is read from it allocates
# as from any dict (a list of its keys, a copy, its items, its repr).
import sys
import tracemalloc

tracemalloc.start()


def probe(label, f):
    tracemalloc.reset_peak()
    a = tracemalloc.get_traced_memory()[0]
    x = f()
    b, p = tracemalloc.get_traced_memory()
    print(label, b - a, p - a)
    return x


probe("proxy", lambda: int.__dict__)
probe("len", lambda: len(int.__dict__))
probe("getitem", lambda: int.__dict__["bit_length"])
probe("vars", lambda: vars(list))
probe("keys", lambda: list(str.__dict__.keys()))
probe("list", lambda: list(str.__dict__))
probe("sorted", lambda: sorted(str.__dict__))
probe("dict", lambda: dict(str.__dict__))
probe("copy", lambda: str.__dict__.copy())
probe("items", lambda: list(int.__dict__.items()))
probe("get", lambda: int.__dict__.get("real"))
probe("in", lambda: "real" in int.__dict__)
probe("iter", lambda: [k for k in dict.__dict__])
probe("repr descr", lambda: repr(int.__dict__["bit_length"]))
probe("repr getset", lambda: repr(int.__dict__["real"]))
probe("repr wrapper", lambda: repr(int.__dict__["__add__"]))
print(sys.getsizeof(int.__dict__), sys.getsizeof(vars(type(None))))
