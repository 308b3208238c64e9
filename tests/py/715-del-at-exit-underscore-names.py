# Names starting with underscores among the globals alive at exit.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

plain = Item("plain")
_private = Item("_private")
__dunder = Item("__dunder")
__trail__ = Item("__trail__")
z = Item("z")
_a = Item("_a")
print("end of script")
