# sys.getrefcount in various holders: names, lists, dicts, attributes, tuples
import sys
x = object()
print(sys.getrefcount(x))
l = [x, x]
print(sys.getrefcount(x))
d = {"a": x, x: 1}
print(sys.getrefcount(x))
class C:
    pass
c = C()
c.attr = x
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
del l, d, t
c.attr = None
print(sys.getrefcount(x))
