# Objects alive at exit in a set and a frozenset (their hash order), in
# nested tuples, on an instance whose class name was deleted, and one a
# lambda made.
class Item:
    def __init__(self, label):
        self.label = label
    def __hash__(self):
        return len(self.label)
    def __del__(self):
        print("del", self.label)

s = {Item("aaa"), Item("b"), Item("cc"), Item("dddd")}
fs = frozenset([Item("x" * 7), Item("y" * 5)])
t = (Item("t0"), (Item("t1"), Item("t2")))
class Holder:
    pass
h = Holder()
h.a = Item("h.a")
h.b = [Item("h.b0")]
del Holder
f = lambda: Item("lambda")
made = f()
print("end")
