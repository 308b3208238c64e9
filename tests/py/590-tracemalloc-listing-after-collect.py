# A whole statistics('lineno') listing when `import tracemalloc` comes after
# the program's last full collection: python3's import leaves entries on the
# float, list, dict, keys and tuple free lists, and the first objects the
# program makes after start() take them back untraced.
import gc

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

data = [Node(i) for i in range(50)]
gc.collect()
import tracemalloc
tracemalloc.start()
a = [str(i) * 3 for i in range(40)]
b = {i: float(i) for i in range(30)}
c = [(i, i + 1) for i in range(20)]
d = [Node(i) for i in range(10)]
e = [[i] for i in range(15)]
f = [{'k': i} for i in range(20)]
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    print(str(st).split("/")[-1])
