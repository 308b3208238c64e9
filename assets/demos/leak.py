#= Finding a leak: compare two tracemalloc snapshots and read the line that allocated the growth
#% view program
import tracemalloc

cache = []

def handle(request):
    #: The bug: every request is remembered in a module-level cache and never dropped.
    cache.append([request] * 20)
    return len(cache)

def serve(n):
    for i in range(n):
        handle(i)

#: tracemalloc records the script line of every allocation.
tracemalloc.start()
serve(10)
#: Take a snapshot before the suspected leak ...
before = tracemalloc.take_snapshot()
serve(100)
#: ... and one after. compare_to groups the differences by line, biggest first.
after = tracemalloc.take_snapshot()
stats = after.compare_to(before, "lineno")
#: The top entry points at the line in handle() that keeps growing: 200 more
#: blocks for 100 requests, a list and its item array each.
top = stats[0]
print("top growth at line", top.traceback[0].lineno, "count +", top.count_diff)
print("leaking objects:", len(cache))
#: The fix: drop what is no longer needed, and the memory comes back.
cache.clear()
current, peak = tracemalloc.get_traced_memory()
print("after clearing, the cache holds", len(cache), "items; peak above current:", peak > current)
tracemalloc.stop()
