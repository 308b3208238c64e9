# f(*args, **kwargs) reaches a callable without a vectorcall (int, property,
# a class, a METH_VARARGS builtin) through its tp_call with the very tuple
# and dict CALL_FUNCTION_EX built: no keyword-names tuple is made for it
# (only slot_tp_init's _PyObject_Call_Prepend makes one, after the
# instance), and dict.update/str.format read that dict itself.
import gc
import tracemalloc

gc.disable()
tracemalloc.start()
K = {("k%d" % i): i for i in range(21)}


def measure(label, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    g0 = gc.get_count()[0]
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    print(label, r, tracemalloc.get_traced_memory()[1] - c0, gc.get_count()[0] - g0)


class A:
    def __init__(self, **kw):
        self.n = len(kw)


class Call:
    def __call__(self, **kw):
        return len(kw)


class E(Exception):
    def __init__(self, **kw):
        self.n = len(kw)


def f(**kw):
    return len(kw)


s = "17"
measure("int", lambda: int(s, **{"base": 8}))
measure("int many", lambda: int(**K))
measure("int bad", lambda: int(**{"k0": 1}))
measure("int twice", lambda: int(s, len(s), **{"base": 8}))
measure("class", lambda: A(**K).n)
measure("instance", lambda: Call()(**K))
measure("exception", lambda: E(**K).n)
measure("function", lambda: f(**K))
measure("dict", lambda: len(dict(**K)))
d = {}
measure("update", lambda: d.update(**K))
measure("update again", lambda: d.update(*[{"x": 1}], **K))
measure("format", lambda: "{k0}{k20}".format(**K))
measure("format pos", lambda: "{0}{1}{2}{3}{4}{5}{6}".format(*range(7)))
measure("property", lambda: type(property(**{"fget": None})).__name__)
