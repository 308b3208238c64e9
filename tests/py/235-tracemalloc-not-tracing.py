# take_snapshot without start() raises RuntimeError (uncaught: exit status 1)
import tracemalloc
print(tracemalloc.get_traced_memory())  # (0, 0): not tracing
tracemalloc.take_snapshot()
