# A snapshot taken inside a loop over a Traceback sees the generator and
# the Frame it holds, allocated in _collections_abc.py and tracemalloc.py.
import tracemalloc

def build():
    return [bytes(64) for _ in range(10)]

tracemalloc.start()
blobs = build()
tb = tracemalloc.take_snapshot().statistics("lineno")[0].traceback
for frame in tb:
    inner = tracemalloc.take_snapshot()
    for stat in inner.statistics("lineno"):
        name = stat.traceback[0].filename.rsplit("/", 1)[-1]
        print(name, stat.traceback[0].lineno, stat.size, stat.count)
    for stat in inner.statistics("filename"):
        print(stat.traceback[0].filename.rsplit("/", 1)[-1], stat.size, stat.count)
print(tracemalloc.get_traced_memory()[0] > 0)
