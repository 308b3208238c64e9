# Where a closure's cells are made: a function with a variable an inner
# function uses makes a cell before its first line runs, so tracemalloc
# charges the cell to the line that called it; a generator function makes
# its cells at the call, before the generator exists.
import gc
import sys
import tracemalloc

def make_counter(start):
    count = start
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

def running_totals(numbers):
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    for n in numbers:
        yield add(n)

gc.collect()
tracemalloc.start()
counter = make_counter(10)
totals = running_totals([5, 10, 20])
first = next(totals)
for st in tracemalloc.take_snapshot().statistics("lineno"):
    line = str(st).split("/")[-1]
    if not line.startswith("tracemalloc.py"):
        print(line)
tracemalloc.stop()
print(counter(), counter(5), first, list(totals))
print(type(counter.__closure__[0]).__name__, sys.getsizeof(counter.__closure__[0]))

gc.collect()
base = gc.get_count()[0]
g = running_totals([1])
made = gc.get_count()[0] - base
print("a generator with a cell:", made, "objects at its call")
print(next(g), gc.get_count()[0] - base - made)
def plain(numbers):
    for n in numbers:
        yield n
base = gc.get_count()[0]
p = plain([1])
print("a generator without:", gc.get_count()[0] - base)
print(p.gi_frame.f_lineno, g.gi_frame is None, running_totals([]).gi_frame.f_lineno)
