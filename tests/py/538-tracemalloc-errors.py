# tracemalloc errors: bad key types, cumulative tracebacks, no tracing
import tracemalloc
tracemalloc.start()
s = tracemalloc.take_snapshot()
for key in ["foo", 42]:
    try:
        s.statistics(key)
    except ValueError as e:
        print("ValueError:", e)
try:
    s.statistics("traceback", True)
except ValueError as e:
    print("ValueError:", e)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
