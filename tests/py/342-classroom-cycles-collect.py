# Classroom: reference cycles (objects, a list and a dict holding themselves) found by gc.collect() with the collector disabled.
import gc
class A:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.disable()
print(gc.isenabled())
gc.collect()
a = A("a"); b = A("b")
a.other = b; b.other = a
del a, b
print("unreachable:", gc.collect())
l = []
l.append(l)
del l
print("self list:", gc.collect())
d = {}
d["me"] = d
del d
print("self dict:", gc.collect())
x = [1, 2]
y = [x]
x.append(y)
print(gc.collect())
del x
print(gc.collect())
del y
print(gc.collect())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
