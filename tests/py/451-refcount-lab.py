# A refcount lab: every line changes the count of one object by a known amount.
import sys

class Thing:
    pass

t = Thing()
print("start", sys.getrefcount(t))
u = t
print("alias", sys.getrefcount(t))
box = [t, t, t]
print("list of 3", sys.getrefcount(t))
d = {"k": t}
print("dict value", sys.getrefcount(t))
d[t] = 1
print("dict key", sys.getrefcount(t))
tup = (t,)
print("tuple", sys.getrefcount(t))
t.me = t
print("self attr", sys.getrefcount(t))
def show(x):
    return sys.getrefcount(x)
print("as argument", show(t))
def hold(x):
    y = x
    z = [x]
    return sys.getrefcount(x)
print("inside", hold(t))
box.clear()
print("list cleared", sys.getrefcount(t))
del d[t]
print("key removed", sys.getrefcount(t))
del t.me
del u, tup
print("back", sys.getrefcount(t))
it = iter([t])
print("iterator", sys.getrefcount(t))
next(it)
print("consumed", sys.getrefcount(t))
g = (x for x in [t])
print("genexp", sys.getrefcount(t))
del g, it
for x in [t]:
    print("loop", sys.getrefcount(t))
print("after loop", sys.getrefcount(t))
del x
print("end", sys.getrefcount(t))
print(sys.getrefcount(Thing), sys.getrefcount(show))
