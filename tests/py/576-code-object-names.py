# What a function or a frame runs, read from its code object: co_varnames, co_cellvars and
# co_freevars name its slots (a new tuple on every read, the empty one when there are none),
# and walking a traceback's frames shows each one's f_code and line.
import sys, gc
def f(a, b=1, *, k=2):
    x = 1
    def inner():
        return x + a
    return inner
c = f.__code__
print(c.co_name, c.co_qualname, c.co_filename.endswith("n02.py"), c.co_firstlineno, c.co_argcount)
print(c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars)
inner = f(5)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__code__.co_qualname)
print(c.co_varnames is c.co_varnames, c.co_varnames == c.co_varnames, len(inner.__code__.co_varnames))
before = gc.get_count()[0]
v = c.co_varnames
print(gc.get_count()[0] - before, sys.getsizeof(v), gc.is_tracked(v), sys.getrefcount(v))
def fail():
    local = [1]
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
while tb:
    fr = tb.tb_frame
    print(tb.tb_lineno, fr.f_code.co_name, fr.f_code is (fail.__code__ if fr.f_code.co_name == "fail" else fr.f_code), fr.f_lineno)
    tb = tb.tb_next
def gen():
    yield 1
g = gen()
print(g.gi_frame.f_code is g.gi_code, g.gi_code.co_name, g.gi_code.co_varnames)
class K:
    def m(self, q):
        return q
print(K.m.__code__.co_varnames, K().m.__code__.co_argcount, (lambda: 0).__code__.co_name)
