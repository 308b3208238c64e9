# Classroom: closures and cells: refcounts of a captured list, a cell keeping a big object alive after
# the outer function returned, nonlocal counters sharing one cell, late binding in loops.
import sys, gc, tracemalloc

class Payload:
    def __init__(self, n):
        self.items = list(range(n))
    def __del__(self):
        print("payload freed")

def outer():
    p = Payload(1000)
    def inner():
        return len(p.items)
    return inner

tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
fn = outer()
print("held by the closure:", tracemalloc.get_traced_memory()[0] - before, fn())
cell = fn.__closure__[0]
print(type(cell).__name__, sys.getrefcount(cell), sys.getsizeof(cell), sys.getsizeof(fn))
print(gc.get_referents(cell)[0] is cell.cell_contents, fn.__code__.co_freevars)
del cell
fn = None
print("closure dropped:", tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()

data = [1, 2, 3]
print(sys.getrefcount(data))
def capture(x):
    def show():
        return len(x)
    return show
f = capture(data)
g = capture(data)
print(sys.getrefcount(data), f.__closure__[0] is g.__closure__[0])
del f, g
print(sys.getrefcount(data))

def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up(), up.__closure__[0].cell_contents)
print(up.__closure__[0] is down.__closure__[0], sys.getrefcount(up.__closure__[0]))
print(counter_pair.__code__.co_cellvars)
del up
print(sys.getrefcount(down.__closure__[0]))

def adders():
    return [lambda: i for i in range(3)]
def adders_bound():
    return [lambda i=i: i for i in range(3)]
print([a() for a in adders()], [a() for a in adders_bound()])
