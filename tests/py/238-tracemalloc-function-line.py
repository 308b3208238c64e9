# allocations inside a function are attributed to the line inside the function
import tracemalloc
def build(n):
    return [n] * n
tracemalloc.start()
result = build(300000)
snap = tracemalloc.take_snapshot()
top = snap.statistics("lineno")[0]
print(top.traceback[0].lineno)  # 4: the line in build(), not the call site
print(top.size >= 2400000)
tracemalloc.stop()
