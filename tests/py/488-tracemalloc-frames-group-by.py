# An error raised inside tracemalloc.py's code has its frames there in
# python3's traceback: compare_to -> _group_by, whose raise spans two lines
# (no carets), under the script's own call in a function.
import tracemalloc
tracemalloc.start()
snap = tracemalloc.take_snapshot()
def changes(new, old):
    return new.compare_to(old, "traceback", cumulative=True)
print(len(snap.statistics("lineno")) >= 0)
changes(snap, snap)
