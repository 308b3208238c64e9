# with on objects that fail: __enter__ raising leaves the outer manager to exit, __exit__ raising replaces
# the body's exception (its __context__), continue/break/return leave through __exit__, a
# generator abandoned inside a with exits it once dropped; a manager returning True
# swallows what the body raised.
import sys, gc
class Res:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, type(tb).__name__)
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return False
    def __del__(self):
        print("del", self.name)
def use():
    with Res("a") as a:
        return a.name + "!"
print(use())
try:
    with Res("b"), Res("c", fail_enter=True):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with Res("d", fail_exit=True):
        raise KeyError("body")
except ValueError as e:
    print("caught", e, "context", repr(e.__context__))
for i in range(3):
    with Res("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
print("after loop")
def gen():
    with Res("g"):
        yield 1
        yield 2
for x in gen():
    print(x)
    break
print("after gen loop")
class Suppress:
    def __enter__(self): return None
    def __exit__(self, *exc):
        print("suppress", exc[0].__name__ if exc[0] else None, sys.getrefcount(exc[1]) if exc[1] else 0)
        return True
def f():
    with Suppress():
        1 / 0
    return "continued"
print(f())
with Suppress() as s:
    print(s)
print(gc.collect())
