# subtype_dealloc: __del__, then the instance's attributes, then list's or
# dict's dealloc (their items); the object does not go to list's or dict's
# free list (only exact lists and dicts do), so a new list does not reuse
# its address, and __del__ can resurrect it.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("free", self.name)

class Stack(list):
    def __del__(self):
        print("del stack", len(self))

class Counter(dict):
    def __del__(self):
        print("del counter", sorted(self))

s = Stack([Loud("item1"), Loud("item2")])
s.attr = Loud("attr")
del s
c = Counter(k=Loud("value"))
c.attr = Loud("cattr")
del c
print("--")

class Plain(list):
    pass

class PlainD(dict):
    pass

p = Plain()
i = id(p)
del p
q = []
print(id(q) == i)
p = Plain()
i = id(p)
del p
print(id(Plain()) == i)
d = PlainD()
i = id(d)
del d
print(id({}) == i, id(PlainD()) == i)
saved = []

class Phoenix(list):
    def __del__(self):
        print("resurrect", self)
        saved.append(self)

ph = Phoenix([1, 2])
del ph
print(saved, type(saved[0]).__name__)
saved.clear()
print("end")
