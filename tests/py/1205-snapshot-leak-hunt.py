# Finding a leak by comparing snapshots.
import tracemalloc

cache = {}
def handle(request_id):
    result = "response-" + str(request_id) * 10
    cache[request_id] = result
    return len(result)

tracemalloc.start()
first = tracemalloc.take_snapshot()
for i in range(500):
    handle(i)
second = tracemalloc.take_snapshot()
for stat in second.compare_to(first, 'lineno')[:3]:
    print(f"line {stat.traceback[0].lineno}: {stat.size_diff} bytes in {stat.count_diff} blocks")
top = second.compare_to(first, 'traceback')[0]
print(top.count_diff, top.size_diff == top.size)
cache.clear()
third = tracemalloc.take_snapshot()
print(sum(s.size_diff for s in third.compare_to(second, 'filename')) < 0)
tracemalloc.stop()
