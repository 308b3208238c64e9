# annotations: a module or class body with an annotated assignment starts
# with SETUP_ANNOTATIONS (a new __annotations__ dict); a function keeps its
# annotations as a (name, value, ...) tuple until __annotations__ is first
# read, which makes the dict (a function without any makes an empty one)
import sys, gc
gc.collect()
x: int = 3
y: 'later'
print(__annotations__, sys.getsizeof(__annotations__), x)
if x:
    z: float = 1.5
for i in range(2):
    w: list = [i]
try:
    y
except NameError as e:
    print(e)
print(__annotations__)
class C:
    a: int
    b: str = 'b'
    def m(self) -> None:
        self.q: int = 1
print(C.__annotations__, C.b, sys.getsizeof(C.__annotations__))
c = C()
c.m()
print(c.q, 'a' in C.__dict__)
def f(a: int, b: 'str' = 'x', *args: tuple, k: float = 1.0, **kw: dict) -> bool:
    local: int = 5
    unset: str
    return local
print(f(1))
ann = f.__annotations__
print(ann, type(ann).__name__, sys.getsizeof(ann), gc.is_tracked(ann))
print(f.__annotations__ is ann)
def g():
    pass
e = g.__annotations__
print(e, e is g.__annotations__, sys.getsizeof(e))
def h(p: [1, 2]):
    pass
print(h.__annotations__, gc.is_tracked(h.__annotations__))
d = {}
d['k']: int = 4
obj = C()
obj.attr: int = 9
print(d, obj.attr, len(__annotations__))
