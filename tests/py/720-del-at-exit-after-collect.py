# gc.collect() during the script moves the survivors to the oldest
# generation: at exit they come first in the merged list.
import gc

class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

old1 = Item("old1")
old2 = Item("old2")
print(gc.collect())
young1 = Item("young1")
young2 = Item("young2")
old1 = Item("old1 rebound")
print(gc.collect(0))
newest = Item("newest")
print("end of script")
