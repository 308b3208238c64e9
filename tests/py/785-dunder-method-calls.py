# Calling a type's special methods by name: x.__mul__(y), s.__len__(),
# obj.__eq__(other), d.__getitem__(k).  LOAD_METHOD leaves a slot wrapper
# unbound (wrapper_descriptor is a method descriptor), so no method-wrapper
# is made; reading the attribute without calling it makes one.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Slotted:
    __slots__ = ("a",)

tracemalloc.start()
big, other = 10 ** 30, 10 ** 40
items = [3, 1, 2]
table = {"k": 1}
p, q = Point(1, 2), Slotted()
for round in range(2):
    print("round", round)
    measure("int mul", lambda: big.__mul__(other))
    measure("int add", lambda: big.__add__(other))
    measure("list len", lambda: items.__len__())
    measure("list getitem", lambda: items.__getitem__(1))
    measure("list eq", lambda: items.__eq__(items))
    measure("dict contains", lambda: table.__contains__("k"))
    measure("str add", lambda: "ab".__add__("cd"))
    measure("float mul", lambda: (1.5).__mul__(2.0))
    measure("instance eq", lambda: p.__eq__(p))
    measure("instance hash", lambda: p.__hash__() == hash(p))
    measure("slots eq", lambda: q.__eq__(1))
    measure("setattr", lambda: p.__setattr__("z", 5))
    measure("list append", lambda: items.append(7))
    measure("list pop", lambda: items.pop())
    measure("descriptor call", lambda: int.__mul__(big, other))
bound = measure("bound", lambda: big.__mul__)
print(type(bound).__name__, bound(2) == big * 2, items, p.z)
