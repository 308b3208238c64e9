# instances in cycles (inline attribute values, no dict objects), thousands
# of them, automatic collection on: counts and collect() as python3 gives
# them (recorded first, printed at the end: print() allocates inside CPython)
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
record = []
gc.collect()
for i in range(3000):
    x = Node(i)
    y = Node(-i)
    x.other = y
    y.other = x
    if i % 500 == 0:
        record.append((i, gc.get_count()))
del x, y
record.append(gc.collect())
record.append(gc.get_count())
for i in range(2500):
    z = Node(i)
    z.other = z
record.append(gc.get_count())
del z
record.append((gc.collect(0), gc.collect(1), gc.collect()))
for r in record:
    print(r)
