# __exit__ gets the traceback; finally and generators pass exceptions on with
# their frames in the chain; f_back links the frame objects.
import gc
class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__, type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True
with Ctx():
    [1][2]
def gen():
    yield 1
    raise RuntimeError("in gen")
g = gen()
try:
    for x in g:
        print("got", x)
except RuntimeError as e:
    print("caught", e, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
def fin():
    try:
        raise ValueError("v")
    finally:
        print("finally")
try:
    fin()
except ValueError as e:
    t = e.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_frame.f_back is t.tb_frame, t.tb_next.tb_next)
    print(type(t.tb_frame).__name__, t.tb_frame.f_lineno, t.tb_next.tb_frame.f_lineno)
del t
try:
    raise TypeError("again")
except TypeError as e:
    try:
        raise e
    except TypeError as e2:
        print(e2.__traceback__.tb_lineno, e2.__traceback__.tb_next.tb_lineno, e2.__traceback__.tb_next.tb_next)
print(gc.collect())
