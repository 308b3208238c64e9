# list_ass_slice keeps the items it removes in an 8-slot array on the C
# stack, and in a PyMem block of 8 bytes per item beyond that; deleting or
# assigning an extended slice always takes such a block ("garbage"); the
# block lives until the removed items are released, so tracemalloc's peak
# counts it.  An extended assignment puts every new item in before the
# first old one is released (a __del__ sees the finished list).
import tracemalloc

class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n, [x if type(x) is int else x.n for x in items])

items = [Noisy(i) for i in range(6)]
items[::2] = [10, 11, 12]
items[::-3] = [20, 21]
del items[1::2]
print(items)
del items

tracemalloc.start()
def measure(tag, make, change):
    data = make()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    change(data)
    now, peak = tracemalloc.get_traced_memory()
    print(tag, len(data), now - base, peak - base)

def del_slice(lo, hi):
    def change(data):
        del data[lo:hi]
    return change

def set_slice(lo, hi, new):
    def change(data):
        data[lo:hi] = new
    return change

def del_ext(step):
    def change(data):
        del data[::step]
    return change

def set_ext(step, new):
    def change(data):
        data[::step] = new
    return change

measure("del 8", lambda: list(range(100)), del_slice(10, 18))
measure("del 9", lambda: list(range(100)), del_slice(10, 19))
measure("del 80", lambda: list(range(100)), del_slice(10, 90))
measure("del 70 of 300", lambda: list(range(300)), del_slice(0, 70))
measure("set 40", lambda: list(range(100)), set_slice(20, 60, (1, 2)))
measure("set 60 longer", lambda: list(range(100)), set_slice(20, 80, range(90)))
measure("del ::3", lambda: list(range(100)), del_ext(3))
measure("del ::-50", lambda: list(range(100)), del_ext(-50))
measure("set ::2", lambda: list(range(100)), set_ext(2, range(50)))
measure("set ::-4", lambda: list(range(100)), set_ext(-4, [0] * 25))
tracemalloc.stop()
