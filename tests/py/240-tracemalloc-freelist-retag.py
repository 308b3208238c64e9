# tracemalloc and free lists: a list taken back from the list free list keeps
# its block, and CPython re-tags the block's trace with the line that takes
# it (_PyTraceMalloc_NewReference); a block allocated before start() stays
# untraced.
import tracemalloc

drain = [[] for _ in range(100)]     # empties the list free list (CPython starts with a few)
tracemalloc.start()
keep = [[i] for i in range(100)]
first = tracemalloc.take_snapshot()
del keep
lists = [[i, i] for i in range(30)]
second = tracemalloc.take_snapshot()
for stat in second.compare_to(first, "lineno"):
    frame = stat.traceback[0]
    if not frame.filename.endswith("tracemalloc.py"):
        print(frame.lineno, stat.count_diff, stat.size_diff)
