import sys, gc
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "swallow"
with Res("a") as r, Res("b"):
    print("inside", r.name)
with Res("swallow"):
    raise ValueError("gone")
try:
    with Res("pass"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
class Bad:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with Bad() as b:
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
print(sys.getrefcount(r), gc.is_tracked(r), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(()))
