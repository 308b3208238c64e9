# Every slot_* function of a class finds its dunder with
# lookup_maybe_method / vectorcall_method: a function (or a method
# descriptor) is called with self first; anything else goes through its
# type's __get__ (a staticmethod gives its function, a classmethod a
# bound method, a property its value) and is called with the arguments
# alone; what has no __get__ (len, print, None) is called as found.
# with-statements bind __enter__/__exit__ the same way
# (_PyObject_LookupSpecial), and a staticmethod is itself callable.
import gc


def show(*a, **k):
    return "show%d%s" % (len(a), sorted(k))


class R:
    __repr__ = staticmethod(lambda: "R!")
    __str__ = staticmethod(lambda: "S!")
    __len__ = staticmethod(lambda: 3)
    __iter__ = staticmethod(lambda: iter([1, 2]))
    __getitem__ = staticmethod(lambda k: k * 2)
    __contains__ = staticmethod(lambda x: x == 5)
    __call__ = staticmethod(show)
    __neg__ = staticmethod(lambda: -7)
    __add__ = staticmethod(lambda o: ("add", o))


r = R()
print(repr(r), str(r), len(r), list(r), r[4], 5 in r, 6 in r, r(1, 2, z=3), -r, r + 1, bool(r))


class B:
    __bool__ = staticmethod(lambda: False)


print(bool(B()), [x for x in [B()] if x])


class L:
    __len__ = classmethod(lambda cls: 4)
    __repr__ = classmethod(lambda cls: "cls " + cls.__name__)
    __getitem__ = classmethod(lambda cls, k: (cls.__name__, k))
    __call__ = classmethod(lambda cls, *a, **k: (cls.__name__, a, k))


c = L()
print(len(c), repr(c), c[1], c(1, k=2))


class P:
    __len__ = property(lambda self: lambda: 9)
    __iter__ = property(lambda self: lambda: iter("ab"))


print(len(P()), list(P()))


class A:
    __len__ = len
    __call__ = print
    __iter__ = None
    __contains__ = None
    __repr__ = None


a = A()
for what in (len, bool, iter, repr, lambda x: 1 in x):
    try:
        what(a)
    except TypeError as e:
        print("TypeError:", e)
a(1, 2, sep="-")


class M:
    def __len__(self):
        return -1


try:
    bool(M())
except ValueError as e:
    print("ValueError:", e)


class E:
    __enter__ = staticmethod(lambda: "in")
    __exit__ = staticmethod(lambda *a: print("exit", len(a)))


with E() as x:
    print(x)


class D:
    __del__ = staticmethod(lambda: print("del!"))


d = D()
del d


class S:
    __str__ = staticmethod(lambda: 5)


try:
    str(S())
except TypeError as e:
    print("TypeError:", e)


class I:
    __init__ = classmethod(lambda cls, x: print("init", cls.__name__, x))


I(4)


class T:
    __setitem__ = staticmethod(lambda k, v: print("set", k, v))
    __delitem__ = staticmethod(lambda k: print("del", k))


t = T()
t[1] = 2
del t[3]

gc.disable()
keep = [(i,) for i in [1] * 40]
s = staticmethod(lambda *a, **k: (a, k))
for args, kw in (((1, 2), {}), ((1,), {"x": 2})):
    c0 = gc.get_count()[0]
    out = s(*args, **kw) if not kw else s(1, x=2)
    print(out, gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
out = repr(c), c(1, k=2)
print(out, gc.get_count()[0] - c0)
gc.enable()

# Peaks: a bound __call__ gets the packed tuple through _PyObject_Call
# (method_vectorcall copies self and 7 arguments into a PyMem array),
# keywords through _PyStack_UnpackDict; the same for m(*t).
import tracemalloc


class F:
    def m(self, *a):
        return len(a)


bm = F().m
seven = (1,) * 7
tracemalloc.start()
calls = (
    ("c(1, k=2)", lambda: c(1, k=2)),
    ("c(*seven)", lambda: c(*seven)),
    ("c(1, 2, 3, 4, 5, 6, 7)", lambda: c(1, 2, 3, 4, 5, 6, 7)),
    ("len(c)", lambda: len(c)),
    ("s(1, x=2)", lambda: s(1, x=2)),
    ("bm(*seven)", lambda: bm(*seven)),
)
for what, f in calls:
    f()
    tracemalloc.reset_peak()
    a0 = tracemalloc.get_traced_memory()[0]
    f()
    a1, p1 = tracemalloc.get_traced_memory()
    print(what, a1 - a0, p1 - a0)
tracemalloc.stop()

# lookup_method holds a reference to the function it found while the slot
# calls it (Py_INCREF, then Py_DECREF after the call).
import sys


class RC:
    def __init__(self):
        print("init", sys.getrefcount(RC.__dict__["__init__"]))

    def __call__(self):
        print("call", sys.getrefcount(RC.__dict__["__call__"]))

    def __len__(self):
        print("len", sys.getrefcount(RC.__dict__["__len__"]))
        return 0

    def __eq__(self, other):
        print("eq", sys.getrefcount(RC.__dict__["__eq__"]))
        return True

    __hash__ = None


rc = RC()
rc()
len(rc)
rc == 1
RC.__init__(rc)
