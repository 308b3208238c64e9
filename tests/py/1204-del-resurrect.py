# A __del__ that resurrects its object.
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("bird")
del p
print("saved:", [x.name for x in saved])
p = saved.pop()
del p
print("second del ran?", len(saved))
a = Phoenix("a"); b = Phoenix("b")
a.o = b; b.o = a
del a, b
print(gc.collect())
print(sorted(x.name for x in saved))
