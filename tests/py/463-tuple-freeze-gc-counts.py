# Freezing results into tuples, seen by the collector: tuple() of a generator sizes a
# tuple by a guess and resizes it; tuple()/list() of an iterator asks __length_hint__
# (a bound method: one more container, made and freed at once).
import gc

gc.disable()
data = list(range(300))
before = gc.get_count()[0]
small = tuple(x for x in "abc")
after = gc.get_count()[0]
print("gc count +", after - before, small)

def gen():
    yield 1
    yield 2

counts = []
for i in range(5):
    counts.append(gc.get_count()[0])
    t = tuple(gen())
    it = iter(data)
    l = list(it)
print(counts, t, len(l))
gc.enable()
gc.set_threshold(9, 10, 10)
seen = []
for i in range(24):
    x = [i]
    t = tuple(reversed(x))
    seen.append(gc.get_count()[0])
print(seen)
seen = []
for i in range(24):
    x = [i]
    t = list(iter(x))
    seen.append(gc.get_count()[0])
print(seen)
seen = []
d = {1: 2}
for i in range(20):
    x = [i]
    t = list(d.items())
    seen.append(gc.get_count()[0])
print(seen)
seen = []
for i in range(20):
    t = tuple(x for x in data[:3])
    seen.append(gc.get_count()[0])
print(seen)
empty = tuple(x for x in [])
print(empty is (), tuple(reversed([])) is (), tuple(iter(())) is ())
gc.set_threshold(700, 10, 10)
