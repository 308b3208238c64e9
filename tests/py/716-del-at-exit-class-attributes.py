# Objects held by class attributes and by instances' attributes at exit.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

class Holder:
    shared = Item("Holder.shared")
    def __init__(self):
        self.own = Item("holder.own")

before = Item("before")
h = Holder()
Holder.later = Item("Holder.later")
Item.registry = [Item("registry0"), Item("registry1")]
after = Item("after")
print("end of script")
