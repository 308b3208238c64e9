# Generators alive at exit: one suspended in try/finally (its finally
# runs), one suspended without, one never started.
class Item:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del", self.label)

def gen():
    x = Item("gen local")
    try:
        yield 1
    finally:
        print("finally", x.label)

def gen2():
    y = Item("gen2 local")
    yield 1

g1 = gen()
next(g1)
g2 = gen2()
next(g2)
g3 = gen2()
first = Item("first")
print("end")
