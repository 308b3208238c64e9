# A frame's f_locals: a suspended generator's paused locals (one dict the frame keeps and
# refills on each read, as locals() does), a finished frame's kept by a traceback (its
# cells read through), a module or class body's namespace itself.
import sys, gc
def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = gen(5)
print(g.gi_frame.f_locals)
next(g); next(g)
loc = g.gi_frame.f_locals
print(loc, sys.getsizeof(loc), gc.is_tracked(loc))
next(g)
print(loc, g.gi_frame.f_locals is loc, sys.getrefcount(loc))
def fail(a):
    b = [a]
    def inner():
        return b
    raise ValueError("v")
try:
    fail(7)
except ValueError as e:
    tb = e.__traceback__
fr = tb.tb_next.tb_frame
print(sorted(fr.f_locals), fr.f_locals["a"], fr.f_locals["b"], fr.f_locals is fr.f_locals)
print(tb.tb_frame.f_locals is globals(), fr.f_code.co_name)
class C:
    x = 1
    try:
        raise KeyError("k")
    except KeyError as err:
        cls_tb = err.__traceback__
print(sorted(k for k in cls_tb.tb_frame.f_locals if not k.startswith("__")))
del tb, fr, e
print(gc.collect())
