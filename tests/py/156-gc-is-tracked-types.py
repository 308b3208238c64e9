# gc.is_tracked for many types: atomic types never, containers and instances always
import gc
class K:
    pass
class S:
    __slots__ = ()
def f():
    pass
def g():
    yield 1
x = 10 ** 6
vals = [x, 1.5, "str", b"by", None, True, range(3), [], set(), frozenset([x]), K(), S(), f, g(), K, object()]
for v in vals:
    print(type(v).__name__, gc.is_tracked(v))
