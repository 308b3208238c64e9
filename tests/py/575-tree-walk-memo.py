# A tree with parent links (cycles through instance dicts) walked by a recursive
# generator with yield from; a memoizing decorator keeps its cache in a closure cell.
import sys, gc
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
        self.parent = None
    def add(self, c):
        c.parent = self
        self.children.append(c)
        return c
    def __repr__(self):
        return f"Node({self.v})"
root = Node(0)
for i in range(1, 4):
    n = root.add(Node(i))
    for j in range(2):
        n.add(Node(i * 10 + j))
def walk(n, depth=0):
    yield depth, n
    for c in n.children:
        yield from walk(c, depth + 1)
for d, n in walk(root):
    print("  " * d + repr(n))
print(sys.getrefcount(root), len(gc.get_referrers(root)), gc.is_tracked(root))
print(sum(1 for _ in walk(root)), max(d for d, _ in walk(root)))
print(gc.collect())
del root, n
print(gc.collect())
def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(fib.cache), sys.getsizeof(fib.cache))
print(fib.__closure__ is not None, len(fib.__closure__), sys.getrefcount(fib.cache))
