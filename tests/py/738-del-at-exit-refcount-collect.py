# What a finalizer at exit sees: its refcount, and gc.collect() called
# from inside the collections that run it.
import gc
import sys
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label, sys.getrefcount(self), gc.collect())

a = Item("a")
b = Item("b")
b.cycle = b
c = [Item("c0"), Item("c1")]
print("end")
