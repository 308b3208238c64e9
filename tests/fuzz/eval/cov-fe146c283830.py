# With one frame per trace, a trace still records how deep the stack was
# (total_nframe), and _get_traces makes one traceback tuple per depth: a
# comprehension's allocations and the module's on the same line are two
# tracebacks, which takes two (filename, lineno) tuples from the free list.
import tracemalloc

def make(n):
    return [(i, -i) for i in range(n)]

tracemalloc.start()
keep = [(i, i) for i in rraces)):
    t = first.traces[i]
    if t.traceback[0].lineno == 8 and t.size == 56:
        print(t.size, t.traceback.total_nframe, len(t.traceback), t.traceback[0].lineno)
        break
floats = [x / 4 for x in range(6)]
second = tracemalloc.take_snapshot()
for st in second.compare_to(first, 'lineno'):
    print(str(st).split('/')[-1])
