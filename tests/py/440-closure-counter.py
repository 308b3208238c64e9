# Closures counting calls: cells, nonlocal, and what keeps them alive.
import sys
import gc

def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, c2.__closure__[0].cell_contents)
print(c1 is c2, c1.__code__ is c2.__code__, c1.__closure__[0] is c2.__closure__[0])
print(sys.getsizeof(c1), type(c1.__closure__[0]).__name__)
print(gc.is_tracked(c1), gc.is_tracked(c1.__closure__))

def counted(f):
    calls = {"n": 0}
    def wrapper(*args):
        calls["n"] += 1
        return f(*args)
    wrapper.calls = calls
    return wrapper

@counted
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.calls)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])

def outer():
    big = list(range(100))
    def inner():
        return len(big)
    return inner

f = outer()
cell = f.__closure__[0]
print(f(), sys.getrefcount(cell.cell_contents), sys.getsizeof(cell.cell_contents))
del f
print(sys.getrefcount(cell.cell_contents))
