# Allocations after a call returns belong to the caller's line, even in the
# middle of an expression: objects made by a comprehension whose items come
# from a function, and a generator resumed inside a statement.
import tracemalloc

class Point:
    def __init__(self, x):
        self.x = x
        self.y = None

keep = []
def gen():
    for i in range(3):
        keep.append([(yield i), float(i) + 0.5])

tracemalloc.start()
pts = [Point(i) for i in range(8)]
more = [[Point(i)] for i in range(4)]
firsts = [x for x in gen()]
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    print(str(st).split("/")[-1])
