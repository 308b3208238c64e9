# Instances with __slots__, instances whose __dict__ holds more objects,
# and an object held only through another object's attribute.
class Slotted:
    __slots__ = ("label", "ref")
    def __init__(self, label, ref=None):
        self.label = label
        self.ref = ref
    def __del__(self):
        print("del slotted", self.label)

class Plain:
    def __init__(self, label):
        self.label = label
    def __del__(self):
        print("del plain", self.label)

inner = Plain("inner")
s = Slotted("s", Plain("held by s"))
p = Plain("p")
p.child = Slotted("child of p", inner)
inner = None
print("end of script")
