# No collection before the import: the free lists hold what startup left,
# and the import digs through most of it.
import tracemalloc
tracemalloc.start()
words = ['w' + str(i) for i in range(30)]
table = dict.fromkeys(words, 0)
nums = [x / 7 for x in range(25)]
tups = [(w, len(w)) for w in words]
snap = tracemalloc.take_snapshot()
for st in snap.statistics('lineno'):
    print(str(st).split("/")[-1])
