# Walking the object graph with gc.get_referents.
import gc, sys

def total_size(root):
    seen = set()
    stack = [root]
    total = 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, type):
            continue
        seen.add(id(obj))
        total += sys.getsizeof(obj)
        stack.extend(gc.get_referents(obj))
    return total, len(seen)

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(total_size([1, 2, 3]))
print(total_size({"a": [1, 2], "b": (3, 4)}))
print(total_size(t))
print(len(gc.get_referents(t)), type(gc.get_referents(t)[0]).__name__)
print(sorted(type(x).__name__ for x in gc.get_referents([1, "a", 2.0, None])))
