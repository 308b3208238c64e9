# A generator that yields again after GeneratorExit, dropped while suspended:
# _PyGen_Finalize's gen_close sets RuntimeError("generator ignored
# GeneratorExit") with no traceback, so PyErr_WriteUnraisable gives it one
# for the running frame alone (_PyTraceBack_FromFrame): the line that let go
# of the generator, with carets under that instruction.  That frame's frame
# object is made for it and stays; the report quotes this file's source,
# which costs a peak.  gen.close() raises the same error normally.
import gc
import tracemalloc


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def started():
    g = stubborn()
    next(g)
    return g


tracemalloc.start()
before = gc.get_count()
x = started()
del x
print("del", gc.get_count(), before)
x = started()
x = 5
print("rebind", tracemalloc.get_traced_memory())


def drop_at_return():
    y = started()
    return y is None


tracemalloc.reset_peak()
print("return", drop_at_return(), tracemalloc.get_traced_memory(), gc.get_count())
boxes = [started(), started()]
boxes.clear()
table = {"k": started()}
table = None
if started() is None:
    print("not reached")
print("containers", tracemalloc.get_traced_memory(), gc.get_count())
x = started()
try:
    x.close()
except RuntimeError as e:
    print("close:", e, e.__traceback__ is not None)
last = started()
print("end")
