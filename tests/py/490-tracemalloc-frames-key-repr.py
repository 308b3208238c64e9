# statistics(key) with a key whose repr raises: the error passes through
# _group_by's line 479 (its '%' compiled to an f-string: the carets sit
# under key_type) and statistics' call, then the script's __repr__.
import tracemalloc
class Key:
    def __repr__(self):
        raise LookupError("no repr")
tracemalloc.start()
snap = tracemalloc.take_snapshot()
try:
    snap.statistics("filenames")
except ValueError as e:
    print(e)
snap.statistics(Key())
