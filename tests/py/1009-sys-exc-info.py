# sys.exc_info() and sys.exception() (3.11): the exception being handled, the
# topmost item of the exc_info stack (a generator sees its resumer's), as a
# new (type, value, traceback) tuple, or Nones; their argument errors.
import sys, gc, tracemalloc
print(sys.exc_info(), sys.exception())
class MyError(Exception):
    pass
def f():
    raise MyError("boom")
try:
    f()
except MyError as e:
    t, v, tb = sys.exc_info()
    print(t, v, v is e, type(tb).__name__, tb is e.__traceback__, tb.tb_lineno, sys.exception() is e)
    print(sys.getrefcount(e), sys.getrefcount(tb), sys.getrefcount(MyError))
    tracemalloc.start()
    info = sys.exc_info()
    print(tracemalloc.get_traced_memory(), len(info), gc.is_tracked(info))
    tracemalloc.stop()
    del t, v, tb, info
print(sys.exc_info(), sys.exception())
def gen():
    yield sys.exc_info()[0]
    yield sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    g = gen()
    print(next(g), type(next(g)).__name__)
try:
    sys.exc_info(1)
except TypeError as e:
    print(e)
try:
    sys.exception(x=1)
except TypeError as e:
    print(e)
