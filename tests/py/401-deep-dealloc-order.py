# freeing deep structures: the trashcan defers deallocs past 50 levels,
# which decides the order __del__ runs in
import gc
gc.disable()
class N:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        print(self.i, end=" ")
head = None
for i in range(130):
    head = N(i, head)
head = None
print()
x = []
for i in range(120):
    x = [x, N(1000 + i, None)]
x = None
print()
t = None
for i in range(120):
    t = (N(2000 + i, None), t)
del t
print()
chain = None
for i in range(300000):
    chain = [chain]
chain = None
print("a 300,000-deep list is freed")
