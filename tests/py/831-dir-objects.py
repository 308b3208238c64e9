# dir(obj): the sorted names of an instance (its __dict__ and its class's
# names, the bases' included), of a class, of builtin objects and types,
# of a module, and what a class's own __dir__ returns.
import gc
import sys


class Base:
    kind = 'base'

    def hello(self):
        return 'hi'


class Point(Base):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


class Slotted:
    __slots__ = ('a', 'b')


class MoreSlots(Slotted):
    __slots__ = ('c',)


class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']


p = Point(1, 2)
p.extra = 3
print(dir(p))
print(dir(Point))
print(dir(Base))
print(dir(Slotted()))
print(dir(MoreSlots()))
print(dir(Custom()))
print(dir(Custom))
for obj in [1, 2.5, 1j, 'text', b'raw', (1,), [1], {1: 2}, {1}, frozenset(), range(3),
            None, True, object(), len, Point.norm, p.norm, iter([]), slice(1)]:
    print(type(obj).__name__, dir(obj))
for t in [int, list, dict, type, object, str, ValueError, KeyError]:
    print(t.__name__, dir(t))
print(len(dir(gc)), dir(gc)[:8])
print(len(dir(sys)) > 50, 'getsizeof' in dir(sys))
print(dir(ValueError('x')))
del p.extra
print(dir(p) == sorted(dir(p)), 'extra' in dir(p))
names = dir(p)
print(type(names).__name__, len(names), sys.getrefcount(names))
