# gc.get_referrers: which tracked containers refer to an object (types only)
import gc
def names(objs):
    return sorted(type(o).__name__ for o in objs)
class Holder:
    pass
target = ["target"]
print(names(gc.get_referrers(target)))  # the module's globals dict
l = [target]
t = (target, 1)
h = Holder()
h.attr = target
print(names(gc.get_referrers(target)))
print(gc.get_referrers(target)[0] is not None)
del l, t
print(names(gc.get_referrers(target)))
