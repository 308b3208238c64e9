# Forty self-referencing instances dropped before the import, then more
# work after it: the young collections during the import free the
# program's cycles with the import's garbage, and the program's next
# objects find the free lists the import left.
import gc
class Node:
    def __init__(self):
        self.me = self
for i in range(40):
    Node()
print(gc.get_count())
import tracemalloc
print(gc.get_count())
pairs = [(i, i + 1) for i in range(30)]
print(gc.get_count())
print(gc.collect())
for i in range(10):
    Node()
print(gc.collect())
