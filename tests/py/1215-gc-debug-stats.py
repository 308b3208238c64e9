# gc.DEBUG_STATS and gc.DEBUG_COLLECTABLE write python3's lines to stderr:
# the generation collected, the objects in each generation and in the
# permanent one, each unreachable object found, what was unreachable
# (errfilter.sh masks the addresses and the seconds, which python3 itself
# varies).  Set back to 0 before the end: python3's shutdown collections
# tear down modules heapviz does not simulate.
import gc

class Node:
    pass

a, b = Node(), Node()
a.b, b.a = b, a
del a, b
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
print(gc.collect())
t = (1, [2])
gc.collect(0)
gc.freeze()
gc.collect(1)
gc.unfreeze()
l = [[] for i in range(700)]
gc.set_debug(gc.DEBUG_LEAK)
l = [1]
l.append(l)
del l
print(gc.collect(0), gc.garbage)
gc.set_debug(0)
print(len(gc.garbage))
