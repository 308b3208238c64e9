# The BufferedWriter under sys.stdout hands its raw file each piece it
# cannot keep (and, at a terminal, each line) through a memoryview: a
# managed buffer and a memoryview, two GC objects whose allocation counts
# toward a collection.  With a tiny threshold the collections they start
# show in gc.get_count().
import gc
gc.collect()
gc.set_threshold(2, 3, 1000)
counts = []
for n in (10, 1000, 3000, 5000, 7000, 9000, 12000):
    s = 'm' * n
    gc.collect()
    print(s)
    counts.append(gc.get_count())
gc.set_threshold(700, 10, 10)
print(counts)
