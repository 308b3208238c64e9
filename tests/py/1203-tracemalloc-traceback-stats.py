# tracemalloc statistics by file, traceback, and formatting a traceback.
import tracemalloc

tracemalloc.start(5)

def make_data(n):
    return [dict(id=i, name=str(i)) for i in range(n)]

def workload():
    a = make_data(100)
    b = [bytes(100) for _ in range(50)]
    return a, b

data = workload()
snap = tracemalloc.take_snapshot()
top = snap.statistics('traceback')
best = top[0]
print(best.count, best.size > 10000)
for line in best.traceback.format():
    print(line.replace(__file__, "FILE"))
by_file = snap.statistics('filename')
print(len(by_file) >= 1)
print(tracemalloc.get_traceback_limit())
tb = tracemalloc.get_object_traceback(data[0][0])
print(len(tb), tb[0].lineno)
tracemalloc.stop()
