# A generator suspended at exit holds objects in its frame: they are
# finalized with the generator (which is closed: its finally runs).
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

def producer():
    local = Item("generator local")
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")

x = Item("x")
g = producer()
print(next(g))
y = Item("y")
print("end of script")
