# Entries heapviz does not model (int.as_integer_ratio, int.__new__,
# str.maketrans, object.__getattribute__, type.__doc__) are still real
# objects in the dict: their names, kinds, reprs and __name__,
# __qualname__ and __objclass__ are python3's.
def show(x):
    r = repr(x)
    return r[:r.index(" at 0x")] + ">" if " at 0x" in r else r


for t, name in ((int, "as_integer_ratio"), (int, "to_bytes"), (int, "numerator"), (int, "from_bytes"),
                (int, "__new__"), (float, "hex"), (str, "translate"), (object, "__getattribute__"),
                (object, "__delattr__"), (type, "__doc__"), (type, "__subclasses__"),
                (type, "__text_signature__"), (type, "__flags__"), (set, "__isub__")):
    x = t.__dict__[name]
    print(name, type(x).__name__, show(x), x.__name__ if hasattr(type(x), "__name__") else "-")
print(int.__dict__["as_integer_ratio"].__qualname__, int.__dict__["as_integer_ratio"].__objclass__)
print(int.__dict__["__new__"].__qualname__, int.__dict__["__new__"].__self__)
print(type(str.__dict__["maketrans"]).__name__, show(str.__dict__["maketrans"]))
print(int.__dict__["from_bytes"].__objclass__, int.__dict__["numerator"].__objclass__)
