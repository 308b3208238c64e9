# Finalizers raising in the first collection at exit (a garbage cycle,
# source line quoted) and in the one after __main__ goes (not quoted).
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)
        raise ValueError(self.label)

p = [Item("in a cycle, garbage before exit")]
p.append(p)
p = None
keep = Item("kept")
print("end")
