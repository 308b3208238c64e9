# The collector and list/dict subclasses: instances are tracked from the
# start (a dict subclass's too), gc.get_referents gives subtype_traverse's
# order (the attributes' dict, the class, then the base's items), and
# cycles through items, attributes and __slots__ are collected.
import gc

class Node(list):
    pass

class Reg(dict):
    pass

print(gc.is_tracked(Node()), gc.is_tracked(Reg()), gc.is_tracked({}), gc.is_tracked(Reg(a=1)))
a = Node([1, 'x'])
a.name = 'a'
print(gc.get_referents(a))
r = Reg(k=a)
print(gc.get_referents(r))
r.me = r
print(gc.get_referents(r) == [r.__dict__, Reg, a])
b = Node([a])
a.append(b)
del a, b, r
print(gc.collect())

class Slotted(list):
    __slots__ = ('other',)

s = Slotted([2])
s.other = s
print(gc.get_referents(s) == [s, Slotted, 2])
del s
print(gc.collect())
x = Node()
x.append(x)
x.me = x
print(len(gc.get_referrers(x)), gc.collect())
del x
print(gc.collect(), gc.collect())
