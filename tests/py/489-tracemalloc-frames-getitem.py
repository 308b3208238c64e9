# Indexing a Traceback with a str fails inside Traceback.__getitem__
# (tracemalloc.py line 207): python3's traceback shows that frame, its
# source line and the subscript's carets.
import tracemalloc
tracemalloc.start()
data = [1, 2, 3]
snap = tracemalloc.take_snapshot()
tb = snap.statistics("lineno")[0].traceback
print(len(tb), tb[0].lineno)
tb["first"]
