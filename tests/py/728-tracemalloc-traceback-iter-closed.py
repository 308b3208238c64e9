# Leaving a loop over a tracemalloc Traceback early: the generator of
# Sequence.__iter__ is closed (GeneratorExit thrown in at its yield).
import tracemalloc

def level3():
    return [str(i) for i in range(20)]

def level2():
    return level3()

def level1():
    return level2()

tracemalloc.start(6)
keep = level1()
tb = tracemalloc.take_snapshot().statistics("traceback")[0].traceback
print(len(tb))
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
for frame in tb:
    if frame.lineno > 0:
        found = frame
        break
after, peak = tracemalloc.get_traced_memory()
print("break", after - before, peak - before, found.lineno)
unstarted = iter(tb)
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
del unstarted
after, peak = tracemalloc.get_traced_memory()
print("unstarted", after - before, peak - before)
started = iter(tb)
print(next(started).lineno)
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
del started
after, peak = tracemalloc.get_traced_memory()
print("started", after - before, peak - before)
rev = reversed(tb)
print(next(rev).lineno)
tracemalloc.reset_peak()
before, _ = tracemalloc.get_traced_memory()
del rev
after, peak = tracemalloc.get_traced_memory()
print("reversed", after - before, peak - before)
left_open = iter(tb)
next(left_open)
print("end of script")
