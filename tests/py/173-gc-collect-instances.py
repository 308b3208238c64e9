# two instances referencing each other: 2 objects (3.11 keeps attributes inline, no dicts)
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())  # 2
s = Node()
s.me = s
del s
print(gc.collect())  # 1
