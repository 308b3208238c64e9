# Objects alive at exit held by module-level lists, dicts, tuples and sets:
# containers are traversed in their own order when the collector reaches them.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

first = Item("first")
items = [Item("l0"), Item("l1"), Item("l2")]
table = {"x": Item("dx"), "y": Item("dy")}
pair = (Item("t0"), Item("t1"))
nested = [[Item("n00"), Item("n01")], {"k": Item("nk")}]
last = Item("last")
print("end of script")
