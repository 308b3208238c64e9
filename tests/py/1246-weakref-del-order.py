# subtype_dealloc runs __del__ first (the weak reference still answers
# the object there), then clears the weakrefs and calls their callbacks,
# then the instance's attributes go; a callback sees none of the object.
import _weakref
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("Part.__del__", self.name)
class Whole:
    def __init__(self):
        self.part = Part("inner")
    def __del__(self):
        print("Whole.__del__", wr() is self)
w = Whole()
wr = _weakref.ref(w, lambda r: print("callback", r() is None))
pr = _weakref.ref(w.part, lambda r: print("part callback"))
del w
print("end")
