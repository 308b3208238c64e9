# statistics('filename') groups every line of a file; lineno is 0
import gc
import tracemalloc
gc.collect()  # empty free lists: sizes do not depend on start-up
tracemalloc.start()
a = [1] * 3000
b = [2] * 4000
snap = tracemalloc.take_snapshot()
st = snap.statistics("filename")
print(len([x for x in st if x.size > 1000]), st[0].traceback[0].lineno, st[0].traceback[0].filename.endswith('536-tracemalloc-filename-group.py'))
print(st[0].size >= 56000, st[0].count >= 2)
tracemalloc.stop()
