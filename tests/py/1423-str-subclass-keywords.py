# Keyword names in **kwargs may be str subclass instances (_PyStack_UnpackDict
# checks Py_TPFLAGS_UNICODE_SUBCLASS); "keywords must be strings" only for
# others.  An unknown or repeated one is named through %S: PyObject_Str's
# exact copy of it, made and dropped while the message is written (also
# by the argument-clinic parsers of builtins: sorted, list.sort).
import tracemalloc
class S(str):
    pass
def f(*a, **k):
    return [(type(x).__name__, x) for x in k]
print(f(**{S("a"): 1, "b": 2}))
print(sorted([3, 1, 2], **{S("key"): lambda x: -x}), print("x", **{S("end"): "!\n"}))
print(dict(**{S("q"): 1}), dict({S("r"): 2}, **{S("s"): 3}))
class C:
    def __init__(self, **kw):
        self.kw = kw
print(C(**{S("z"): 1}).kw)
for kw in ({1: 2}, {S("ok"): 1, 2: 3}):
    try:
        f(**kw)
    except TypeError as e:
        print(e)
def g(a, b=2):
    return a, b
print(g(**{S("a"): 5}), g(1, **{S("b"): 7}))
def h(a):
    pass
tracemalloc.start()
cases = [('sub-unexp', lambda: h(1, **{S("z" * 300): 1})), ('unexp', lambda: h(1, **{"z" * 300: 1})),
         ('sub-multi', lambda: g(1, **{S("a"): 2})), ('sub-ok', lambda: h(**{S("a"): 1})),
         ('builtin-sub', lambda: sorted([], **{S("z" * 300): 1})), ('method-sub', lambda: [].sort(**{S("z" * 300): 1})),
         ('builtin-str', lambda: sorted([], **{"z" * 300: 1}))]
for label, fn in cases:
    for k in range(2):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        m = None
        try:
            fn()
        except TypeError as e:
            m = str(e)[:50]
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, m)
