# the memory of method-wrappers and bound builtins as tracemalloc sees it
import tracemalloc
tracemalloc.start()
a = [1, 2]
b0 = tracemalloc.get_traced_memory()[0]
w = a.__len__
b1 = tracemalloc.get_traced_memory()[0]
m = a.append
b2 = tracemalloc.get_traced_memory()[0]
ws = [a.__repr__ for i in range(10)]
b3 = tracemalloc.get_traced_memory()[0]
print(b1 - b0, b2 - b1, b3 - b2)
del w, m
b4 = tracemalloc.get_traced_memory()[0]
print(b4 - b3)
ws = None
b5 = tracemalloc.get_traced_memory()[0]
print(b5 - b4)
class P:
    def __init__(self):
        super().__init__()
b6 = tracemalloc.get_traced_memory()[0]
p = P()
b7 = tracemalloc.get_traced_memory()[0]
print(b7 - b6)
tracemalloc.stop()
