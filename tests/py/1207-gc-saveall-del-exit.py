# DEBUG_SAVEALL keeps objects whose __del__ already ran; left set at exit.
import gc

class Res:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name)

gc.set_debug(gc.DEBUG_SAVEALL)
Res("one")
print(gc.collect(), [type(o).__name__ for o in gc.garbage])
r = gc.garbage[0]
print(r.name, r.me is r)
gc.garbage.clear()
del r
print(gc.collect(), len(gc.garbage))
for i in range(3):
    Res(str(i))
gc.disable()
print(gc.collect(1), len(gc.garbage))
gc.enable()
Res("left at exit")
print("end")
