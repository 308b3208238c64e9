# The values of a builtin type's __dict__ have python3's kinds and reprs:
# method, class method, slot wrapper, getset and member descriptors, the
# builtin __new__, a staticmethod (str.maketrans), None (list.__hash__) and
# the docstring.  A repr naming an address is cut before it (heapviz's
# static types do not sit at python3's addresses).
def show(x):
    r = repr(x)
    return r[:r.index(" at 0x")] + ">" if " at 0x" in r else r


for t, names in ((int, ("bit_length", "from_bytes", "__add__", "__radd__", "real", "numerator",
                        "__new__", "__getattribute__", "conjugate")),
                 (str, ("maketrans", "join", "__getitem__", "__mod__", "__len__")),
                 (list, ("append", "__getitem__", "__hash__", "__class_getitem__", "__init__")),
                 (dict, ("fromkeys", "__getitem__", "get", "__hash__", "__ior__")),
                 (object, ("__class__", "__init_subclass__", "__subclasshook__", "__setattr__",
                           "__reduce_ex__", "__doc__")),
                 (type, ("__dict__", "__name__", "__basicsize__", "__mro__", "mro", "__prepare__",
                         "__doc__", "__call__")),
                 (bytes, ("fromhex", "maketrans", "decode")),
                 (float, ("fromhex", "__getformat__", "hex", "real"))):
    for name in names:
        x = t.__dict__[name]
        print(t.__name__, name, type(x).__name__, show(x))
print(int.__dict__["__doc__"])
print(repr(list.__dict__["__doc__"]))
print(type(None).__dict__["__doc__"], bool.__dict__["__doc__"].splitlines()[0])
print(repr(vars(type(None)))[:40])
