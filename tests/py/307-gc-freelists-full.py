# Free lists survive collections of generations 0 and 1 and are emptied by
# full ones (clear_freelists in gc_collect_main): objects taken from a free
# list bypass gen 0's count, fresh ones count (issue 4).
import gc
gc.disable()
def make():
    return [(i, -i) for i in range(3)], [[i] for i in range(3)], [{i: i} for i in range(3)]
def delta(what):
    before = gc.get_count()[0]
    kept = what()
    after = gc.get_count()[0]
    return after - before, kept
junk = make()
del junk
print("from free lists", delta(make)[0])
gc.collect(1)
print("after collect(1)", delta(make)[0])
gc.collect(0)
print("after collect(0)", delta(make)[0])
gc.collect()
print("after collect()", delta(make)[0])
n, kept = delta(make)
del kept
print("again", delta(make)[0])
