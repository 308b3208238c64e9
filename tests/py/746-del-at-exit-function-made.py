# Objects made in a function and kept through global, a returned local,
# and an attribute of a caught exception kept in a global.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

def make():
    global made
    made = [Item("made in function")]
    local = Item("local, returned")
    return local

r = make()
try:
    {}["missing"]
except KeyError as e:
    err = e
    err.item = Item("on the exception")
w = Item("w")
print("end")
