# Classroom: reference cycles and gc.collect()'s return values, gc.garbage stays empty, and
# gc.get_referrers / gc.get_referents on a small object graph (globals, list, tuple, dict, cell, generator).
import gc, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("pair", gc.collect(), "garbage", gc.garbage)
x = Node("x")
x.other = x
del x
print("self-loop", gc.collect())
ring = [Node(i) for i in range(5)]
for i in range(5):
    ring[i].other = ring[(i + 1) % 5]
del ring
print("ring", gc.collect())
lst = []
lst.append(lst)
d = {}
d["me"] = d
del lst, d
print("list and dict in themselves", gc.collect())

def names(objs):
    return sorted("globals" if o is globals() else type(o).__name__ for o in objs)

leaf = Node("leaf")
box = [leaf]
pair = (leaf, 1)
table = {"leaf": leaf}
holder = Node("holder")
holder.other = leaf
print(names(gc.get_referrers(leaf)), sys.getrefcount(leaf))
def inside():
    local = Node("local")
    keep = [local]
    return names(gc.get_referrers(local))
print(inside())
def gen_hold():
    x = leaf
    yield 1
g = gen_hold()
next(g)
def capture():
    y = leaf
    return lambda: y
c = capture()
print(names(gc.get_referrers(leaf)))
print(names(gc.get_referrers(c.__closure__[0])))
print([type(o).__name__ for o in gc.get_referents(holder)], len(gc.get_referents(box, table)))
del box, pair, table, holder, g, c
print(names(gc.get_referrers(leaf)))
