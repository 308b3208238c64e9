# Objects kept by functions at exit: closure cells, defaults, and
# objects made inside calls and returned.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

def make(label):
    return Item(label)

def counter():
    seen = Item("closure cell")
    def inner():
        return seen.label
    return inner

def with_default(x=Item("default")):
    return x.label

first = make("made in a call")
f = counter()
print(f(), with_default())
last = make("made last")
print("end of script")
