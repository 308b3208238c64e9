# Finalizers at exit that make new objects and store them in globals:
# those come back to life with the class, and are finalized only once sys
# is cleared, when print() writes nothing any more.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label, "making", Item.made)
        Item.made += 1
        if Item.made < 4:
            globals()["extra" + str(Item.made)] = Item("resurrected child %d" % Item.made)
Item.made = 0
x = Item("x")
y = Item("y")
z = {"k": Item("zk"), "j": [Item("zj")]}
x.peer = y
y.peer = x
print("end")
