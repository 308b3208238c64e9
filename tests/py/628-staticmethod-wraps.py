# staticmethod and classmethod copy __module__, __name__, __qualname__,
# __doc__ and __annotations__ of what they wrap into their own __dict__
# (sm_init/cm_init -> functools_wraps); the dict takes attributes like an
# instance's.  A class's __annotations__ is made on first read
# (type_get_annotations stores an empty dict in the class).
import gc
import sys
import tracemalloc


def f(x: int) -> str:
    "doc of f"


class K:
    "the K class"


class A:
    x: int = 1


class B(A):
    pass


gc.collect()
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
n0 = gc.get_count()[0]
sm = staticmethod(f)
print(tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
print(sm.__name__, sm.__qualname__, sm.__module__, sm.__doc__, sm.__annotations__ is f.__annotations__)
sm.tag = "t"
print(sm.tag, sorted(vars(sm)), sys.getsizeof(vars(sm)))
print(tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
del sm.tag
try:
    del sm.tag
except AttributeError as e:
    print(e)
try:
    sm.__func__ = len
except AttributeError as e:
    print(e)
sm.__doc__ = "changed"
print(sm.__doc__, f.__doc__)

print("__annotations__" in K.__dict__)
ck = classmethod(K)
print("__annotations__" in K.__dict__, ck.__annotations__ is K.__annotations__)
print(sorted(vars(ck)), ck.__doc__, ck.__name__, ck.__qualname__, ck.__module__)
print(tracemalloc.get_traced_memory()[0] - before, gc.get_count()[0] - n0)
print(A.__annotations__, B.__annotations__, "__annotations__" in B.__dict__)
B.__annotations__ = {"y": str}
print(B.__annotations__, B().__annotations__)
del B.__annotations__
print(B().__annotations__)
try:
    del B.__annotations__
except AttributeError as e:
    print(repr(e))
try:
    print(int.__annotations__)
except AttributeError as e:
    print(e)
print(getattr(int, "__annotations__", None), hasattr(K, "__annotations__"))
tracemalloc.stop()
