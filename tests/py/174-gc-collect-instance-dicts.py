# touching __dict__ materialises a dict object, which the collector then counts too
import gc
class Node:
    pass
gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
a.__dict__
b.__dict__
del a, b
print(gc.collect())  # 4
a = Node()
b = Node()
a.other = b
b.other = a
vars(a)
del a, b
print(gc.collect())  # 3
