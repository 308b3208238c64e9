# A finalizer raising at exit: "Exception ignored in", without the source
# line once finalize_modules has emptied sys.modules (io cannot be imported).
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)
        if self.label.startswith("bad"):
            raise ValueError(self.label)

ok = Item("ok")
bad = Item("bad one")
pair = [Item("bad two"), Item("fine")]
pair.append(pair)
print("end")
