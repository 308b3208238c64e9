# A cycle, collected: the same numbers whether the program came from a
# file or from stdin.
import gc
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("collected", gc.collect())
print(gc.get_count())
