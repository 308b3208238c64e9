# __new__ in exception classes whose base keeps BaseException_new and
# BaseException_init: slot_tp_new calls the class's __new__, whose
# super().__new__ is the base's tp_new_wrapper (the arguments sliced into
# the tuple BaseException_new keeps), then type_call's tp_init of the
# instance's type: a class's __init__, or BaseException_init (keywords
# refused, args replaced by the call's packed tuple: CALL_FUNCTION_EX's
# own); a __new__ returning another object skips it; tp_new_wrapper's
# checks ('is not safe' for OSError's and MemoryError's own tp_new).
import sys, gc, tracemalloc
tracemalloc.start()
class E(ValueError):
    def __new__(cls, *a, **k):
        self = super().__new__(cls, *a)
        self.extra = len(a)
        return self
m0 = tracemalloc.get_traced_memory()[0]
e = E(1, 2)
m1 = tracemalloc.get_traced_memory()
print(m1[0] - m0, m1[1] - m0, e.args, e.extra, repr(e), str(e), sys.getrefcount(e), sys.getrefcount(e.args))
t = (3, 4)
e2 = E(*t)
print(e2.args is t, e2.args)
class F(E):
    def __init__(self, x):
        self.x = x
f = F(5)
print(f.args, f.extra, f.x)
try:
    E(1, k=2)
except TypeError as x: print(x)
print(ValueError.__new__(ValueError, 1, 2).args, Exception.__new__(E, 3).args, BaseException.__new__(KeyError).args)
for bad in (lambda: ValueError.__new__(int), lambda: ValueError.__new__(OSError), lambda: OSError.__new__(E), lambda: ValueError.__new__()):
    try: bad()
    except TypeError as x: print(x)
class G(KeyError):
    def __new__(cls, *a):
        return 7
print(G(1))
class H(Exception):
    def __new__(cls, msg):
        return super().__new__(cls, 'wrapped: ' + msg)
    def __str__(self):
        return self.args[0]
try:
    raise H('x')
except H as h:
    print(h, h.args)
class I(H):
    pass
print(I('y').args, type(I('y')).__name__)
d = E(); d.cyc = d; del d
print(gc.collect())
print(tracemalloc.get_traced_memory()[0] - m0)
for f in (lambda: BaseException.__new__(OSError), lambda: Exception.__new__(MemoryError)):
    try: print(type(f()).__name__)
    except TypeError as x: print(x)
raise E('boom')
