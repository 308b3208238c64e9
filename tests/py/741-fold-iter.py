# CPython 3.11's optimizer turns a list display that a for loop or a
# comprehension iterates into a tuple (a constant one when all its items are
# constants), and a set display of constants into a frozenset; for `in`, only
# the last operand of a chained comparison is folded.
import gc, tracemalloc

a = 5
def measure(label, f):
    gc.collect()
    tracemalloc.start()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(label, c1 - c0, cur, peak)

def loop_consts():
    for n in [1, 2, 3]:
        pass
def loop_names():
    for n in [a, 2]:
        pass
def loop_set():
    for n in {a, 2}:
        pass
def comp_consts():
    return [n for n in [1, 2]]
def comp_names():
    return [(m, n) for m in [1] for n in [a, 3]]
def chained():
    return 1 in [1, 2] in [[1]]
def contains():
    return a in [a, 2]
measure('loop consts', loop_consts)
measure('loop names', loop_names)
measure('loop set', loop_set)
measure('comp consts', comp_consts)
measure('comp names', comp_names)
measure('chained', chained)
measure('contains', contains)

print(comp_consts(), comp_names(), chained(), contains())
