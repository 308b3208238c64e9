# obj.__sizeof__() is sys.getsizeof(obj) less the pre-header CPython puts
# before GC objects (16 bytes) and before instances with a managed
# __dict__ (16 more); called on a class it needs an instance.
import sys
class C:
    pass
class D:
    __slots__ = ('a',)
class E:
    pass
objs = [[], [1, 2, 3], {}, {'a': 1}, (), (1, 2), 'ab', 'é', 5, 2**100, 1.5, set(), frozenset({1}), b'xy', None, True, C(), D(), range(3), iter([]), len, [].append, 1j]
for o in objs:
    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))
try:
    C.__sizeof__()
except TypeError as e:
    print(e)
print(object.__sizeof__(C()), type.__sizeof__(C) == sys.getsizeof(C) - 16, list.__sizeof__([1]))
