# str() and repr() of tracemalloc statistics
import gc
import tracemalloc
gc.collect()  # empty free lists: sizes do not depend on start-up
tracemalloc.start()
data = [0] * 5000
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")[0]
print(str(top).split(":")[1], str(top).split(": ", 1)[1].split(",")[0].split(" ")[1], top.count >= 2)
print(repr(top.traceback[0]).startswith("<Frame filename="), top.traceback[0].lineno)
print(type(top).__name__, type(top.traceback).__name__, type(top.traceback[0]).__name__, len(top.traceback))
tracemalloc.stop()
