# Objects reachable along several paths at exit, and a global deleted
# on the way: the first path the collector follows decides the order.
class Item:
    def __init__(self, label):
        self.label = label
        self.refs = []
    def __del__(self):
        print("del", self.label)

a = Item("a")
b = Item("b")
c = Item("c")
b.refs.append(a)
c.refs.append(b)
holder = [c, a]
d = Item("d")
del b
e = Item("e")
a.refs.append(e)
print("end of script")
