# An uncaught exception ends the script while objects are alive: the
# traceback is printed first, then the finalizers run at exit.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

a = Item("a")
b = [Item("b0"), Item("b1")]
def f():
    c = Item("local c")
    raise KeyError("boom")
f()
