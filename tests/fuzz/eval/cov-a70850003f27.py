# sys.getsizeof of a class: a heap type (920 bytes with the GC header) plus
# the shared keys its instances' dicts use (768 bytes) when its instances
# have a managed __dict__; a builtin type is a PyTypeObject (424).
import sys


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&& Child(Slotted):
    pass


class Error(Exception):
    pass


print(sys.getsizeof(Plain), sys.getsizeof(Slotted), sys.getsizeof(Child), sys.getsizeof(Error))
p = Plain()
p.x = 1
print(sys.getsizeof(Plain))
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(Exception))
print(sys.getsizeof(list), sys.getsizeof(dict), sys.getsizeof(str))
