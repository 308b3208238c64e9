# Each class statement adds an entry to its builtin base's tp_subclasses
# dict; dict's and list's tables, as start-up and `import tracemalloc`
# leave them, grow as dicts grow: python3 allocates a bigger keys block
# (the old one freed) at the 1st, 7th and 18th dict subclass here and at
# the 5th and 10th list subclass, and a class that dies leaves a deleted
# entry behind.
import gc
import tracemalloc

tracemalloc.start()

def traced():
    return tracemalloc.get_traced_memory()[0]

keep = []
for base, n in ((dict, 20), (list, 12), (dict, 4)):
    costs = []
    for i in range(n):
        before = traced()
        class C(base):
            pass
        keep.append(C)
        costs.append(traced() - before)
    print(base.__name__, costs)
    if base is list:
        del C
        keep.clear()
        print(gc.collect() > 0)
