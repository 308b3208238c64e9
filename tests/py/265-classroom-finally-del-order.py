# Classroom: try/finally cleanup order against __del__ of locals, exceptions kept by a handler, with-statements.
import gc
class Res:
    def __init__(self, n):
        self.n = n
        print("acquire", n)
    def __del__(self):
        print("release", self.n)
def work(fail):
    r = Res(1)
    try:
        r2 = Res(2)
        if fail:
            raise RuntimeError("boom")
        print("working")
    finally:
        print("finally block")
    print("end of work")
work(False)
print("---")
try:
    work(True)
except RuntimeError as e:
    print("caught", e)
print("---")
try:
    work(True)
except RuntimeError:
    print("caught again")
    err = None
print("after handler")
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return t is KeyError
with Ctx("a") as c, Ctx("b"):
    raise KeyError("k")
print("suppressed")
del c
print(gc.collect())
