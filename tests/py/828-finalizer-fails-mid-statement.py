# A finalizer whose frame dies by an exception raised mid-statement: the
# new object already on its stack is freed while that frame is still the
# current one, and its own finalizer fails the same way (nested), at exit
# too.  (heapviz once freed the stack after unlinking the frame and leaked
# the frame object a nested finalizer made for it: LeakSanitizer.)
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label, "making", Item.made)
        Item.made += 1
        if Item.made < 4:
            globals()["extra" + undefined_name(Item.made)] = Item("resurrected child %d" % Item.made)
Item.made = 0
x = Item("x")
y = Item("y")
z = {"k": Item("zk"), "j": [Item("zj")]}
x.peer = y
y.peer = x
print("end")
def churn():
    a = Item("in a function")
    return len([a, a])
print(churn(), Item.made)
