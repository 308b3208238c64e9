#= Textbook mark and sweep on the same program: roots, grey, black, white (plays with --collector mark-sweep)
#% collector mark-sweep
import gc

class Box:
    def __init__(self, name):
        self.name = name
        self.other = None

#: The same program as the generational demo, collected by a tri-colour mark and sweep.
gc.disable()
a = Box("a")
b = Box("b")
a.other = b
b.other = a
c = Box("c")
c.other = Box("d")
del a, b
print("collecting:")

#: Mark: every object starts white. The roots (the module's names, the frames) turn grey.
#: A grey object is scanned: what it refers to turns grey, and it turns black.
#: Invariant: a black object never points to a white one.
#: When no grey object is left, the white ones are unreachable: the a/b cycle.
#: Sweep: every white object is freed; black ones become white for the next cycle.
print("unreachable:", gc.collect())
print("c and d survive:", c.name, c.other.name)
#: Unlike reference counting, the cost is proportional to the whole heap, cycles or not.
gc.enable()
