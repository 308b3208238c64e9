# gc.set_debug(gc.DEBUG_SAVEALL): delete_garbage appends each unreachable
# object to gc.garbage instead of clearing it, so the cycle stays alive,
# tracked, in the oldest generation the collection promotes to; the count
# is still what gc.collect() returns, and get_stats counts it collected.
import gc, sys

class Node:
    def __init__(self, name):
        self.name = name

def pair(a, b):
    x, y = Node(a), Node(b)
    x.other, y.other = y, x

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
before = gc.get_stats()[2]["collected"]
pair("a", "b")
print(gc.collect(), len(gc.garbage))
print(sorted(n.name for n in gc.garbage))
print(gc.garbage[0].other is gc.garbage[1], sys.getrefcount(gc.garbage[0]))
print(gc.is_tracked(gc.garbage[0]), gc.get_stats()[2]["collected"] - before)
print(gc.get_count())
# a list cycle and a dict holding itself: the garbage in list order
l = [1]
l.append(l)
d = {}
d["me"] = d
del l, d
print(gc.collect(0), [type(x).__name__ for x in gc.garbage])
# found again by the next collection?  gc.garbage holds them: no
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
print(gc.collect(), len(gc.garbage))
gc.garbage.clear()
print(gc.collect())
