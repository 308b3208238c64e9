# gc disabled at the end of the script: python3 skips the collection
# Py_FinalizeEx starts with, so the garbage cycle and the globals are
# finalized in another order.
import gc
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

v8 = Item("first v8")
v10 = Item("v10")
v8 = Item("second v8")
garbage = [Item("g0")]
garbage.append(garbage)
garbage = None
gc.disable()
print("end of script", gc.isenabled())
