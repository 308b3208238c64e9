# BaseException_new keeps the tuple type_call was given: through
# CALL_FUNCTION_EX (PyObject_Call, no vectorcall for exceptions in 3.11)
# that is the caller's own tuple, so no new tuple is made.
import gc
import sys
import tracemalloc

t = (1, 2)
s = ("x", "y")
print(ValueError(*t).args is t, KeyError(*t).args is t, OSError(*s).args is s)
print(StopIteration(*t).args is t, StopIteration(*t).value)
print(ValueError(1, 2).args is t, ValueError(*[1, 2]).args)


class MyError(Exception):
    pass


print(MyError(*t).args is t)
big = tuple(range(30))
gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
n0 = gc.get_count()[0]
e = RuntimeError(*big)
print(e.args is big, tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
f = RuntimeError(*list(big))
print(f.args is big, f.args == big, tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
del e, f
print(tracemalloc.get_traced_memory()[0] - before, sys.getrefcount(big))
tracemalloc.stop()


# BaseException_init keeps the tuple wrap_init is given: a bound slot
# wrapper called with *t (super().__init__(*a), e.__init__(*t)) gets it whole.
class Wrapped(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        self.a = a


w = Wrapped(*t)
print(w.args is w.a, w.args is t)
g = ValueError()
g.__init__(*t)
print(g.args is t)
Exception.__init__(g, *t)
print(g.args is t, g.args)
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
n0 = gc.get_count()[0]
g.__init__(*big)
print(g.args is big, tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
w = Wrapped(*big)
print(w.args is w.a, tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
tracemalloc.stop()
