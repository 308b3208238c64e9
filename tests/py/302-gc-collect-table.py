# the return values of gc.collect() of the reference's table (section 5.4)
import gc
class Plain:
    pass
class Slotted:
    __slots__ = ("other",)
class Fin:
    def __del__(self):
        print("__del__ ran")
gc.collect()
a = Plain(); b = Plain(); a.other = b; b.other = a
del a, b
print("two instances", gc.collect())
a = Plain(); b = Plain(); a.other = b; b.other = a
a.__dict__; b.__dict__
del a, b
print("both dicts touched", gc.collect())
a = Plain(); b = Plain(); a.other = b; b.other = a
a.__dict__
del a, b
print("one dict touched", gc.collect())
a = Plain(); a.me = a
del a
print("self instance", gc.collect())
a = Slotted(); b = Slotted(); a.other = b; b.other = a
del a, b
print("slots", gc.collect())
a = Fin(); b = Fin(); a.other = b; b.other = a
del a, b
print("__del__ pair", gc.collect(), len(gc.garbage))
l = []; l.append(l)
del l
print("self list", gc.collect())
x = []; y = [x]; z = [y]; x.append(z)
del x, y, z
print("ring of three", gc.collect())
d = {}; d["me"] = d
del d
print("self dict", gc.collect())
l = [(int("1"), int("2")), "text", 2.5]; l.append(l)
del l
print("list with tuple", gc.collect())
l = [{"a": 1}]; l.append(l)
del l
print("list with untracked dict", gc.collect())
def outer():
    def f():
        return f
    return f
f = outer()
del f
print("closure", gc.collect())
class Temp:
    pass
del Temp
print("class object", gc.collect())
