# Finalizers at exit still see the module's globals (nothing is set to
# None before they run) and the objects other names hold.
class Item:
    count = 0
    def __init__(self, label):
        self.label = label
        Item.count += 1
    def __del__(self):
        Item.count -= 1
        print("del", self.label, "left", Item.count, "names", [n for n in ("a", "b", "_c") if globals().get(n) is None])

a = Item("a")
b = Item("b")
_c = Item("_c")
a = Item("a again")
print("end of script", Item.count)
