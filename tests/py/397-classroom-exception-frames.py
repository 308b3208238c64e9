# Classroom: exceptions hold frames alive: a caught exception's traceback keeps the raising frame's
# locals until 'except' ends (the implicit del e); a saved exception or traceback keeps them longer,
# and tracemalloc shows what that costs.
import sys, gc, tracemalloc

class Big:
    def __init__(self, name):
        self.name = name
        self.block = [0] * 1000
    def __del__(self):
        print("del", self.name)

def fail():
    local = Big("local")
    raise ValueError("boom")

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
try:
    fail()
except ValueError as e:
    print("caught", e, type(e.__traceback__).__name__, tracemalloc.get_traced_memory()[0] - base)
print("after except:", "e" in globals(), tracemalloc.get_traced_memory()[0] - base)

saved = None
try:
    fail()
except ValueError as e:
    saved = e
print("saved keeps the frame:", tracemalloc.get_traced_memory()[0] - base)
print(saved.__traceback__.tb_next.tb_frame.f_code.co_name, sys.getsizeof(saved), sys.getrefcount(saved))
saved.__traceback__ = None
print("traceback dropped:", tracemalloc.get_traced_memory()[0] - base)
saved = None

def catcher():
    x = Big("catcher-local")
    try:
        fail()
    except ValueError as err:
        return err
r = catcher()
print("returned", type(r).__name__)
del r
print("collected", gc.collect())

def keep():
    try:
        fail()
    except ValueError as err:
        return err.__traceback__
tb = keep()
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, sorted(tb.tb_next.tb_frame.f_locals))
del tb
print("collected", gc.collect())

e = 5
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
for i in range(100):
    try:
        {}["k"]
    except KeyError:
        pass
print("100 swallowed:", tracemalloc.get_traced_memory()[0] - base, gc.collect())
tracemalloc.stop()
