# gc.DEBUG_SAVEALL: the textbook way to see which cycles the collector finds.
import gc, sys

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return f"Node({self.name!r})"

def make_cycle(a, b):
    x, y = Node(a), Node(b)
    x.peer, y.peer = y, x

print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
make_cycle("a", "b")
make_cycle("c", "d")
found = gc.collect()
print("found", found, "saved", len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
nodes = [o for o in gc.garbage if isinstance(o, Node)]
print(sorted(nodes, key=lambda n: n.name))
print(sys.getrefcount(nodes[0]), sys.getsizeof(gc.garbage))
print(gc.is_tracked(nodes[0]), gc.get_count())
print("again", gc.collect(), len(gc.garbage))
gc.set_debug(0)
del nodes
gc.garbage.clear()
print("freed", gc.collect(), gc.garbage)
# set_debug's argument as the clinic's int converter takes it
for args in [(), ("a",), (1.5,), (2 ** 40,), (1, 2)]:
    try:
        gc.set_debug(*args)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    gc.set_debug(flags=32)
except TypeError as e:
    print(e)
try:
    gc.get_debug(1)
except TypeError as e:
    print(e)
gc.set_debug(64)
print(gc.get_debug())
gc.set_debug(0)
