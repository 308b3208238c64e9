#= __slots__ versus instance attributes: where an object's fields live, and what they cost
import sys

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

#: A plain instance keeps its attributes in a values array beside the object (3.11's inline values).
p = Plain(1, 2)
print("Plain instance:", sys.getsizeof(p), "bytes")
#: A slotted instance stores x and y in fixed slots inside the object: no dict, no values array.
s = Slotted(1, 2)
print("Slotted instance:", sys.getsizeof(s), "bytes")
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError:", e)

#: Asking a plain instance for __dict__ makes a real dict object, which then holds the attributes.
d = p.__dict__
print("p.__dict__ =", d, "size", sys.getsizeof(d))
#: A plain instance accepts new attributes; a slotted one refuses them.
p.z = 3
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)

#: Many instances: the difference adds up.
plains = [Plain(i, i) for i in range(100)]
slotted = [Slotted(i, i) for i in range(100)]
print("100 Plain:", sum([sys.getsizeof(o) for o in plains]), "bytes (plus their values arrays)")
print("100 Slotted:", sum([sys.getsizeof(o) for o in slotted]), "bytes")
