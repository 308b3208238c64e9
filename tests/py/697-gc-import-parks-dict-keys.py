# A lesson measures small dicts one by one with tracemalloc, after
# importing tracemalloc and then gc.  python3's `import gc` leaves one
# more str-keyed keys table on the dict keys free list, so one more
# record dict gets its table without a new allocation.
import tracemalloc, gc

records = [None] * 20
sizes = [0] * 20
tracemalloc.start()
for i in range(20):
    records[i] = {"id": i}
    sizes[i] = tracemalloc.get_traced_memory()[0]
tracemalloc.stop()
print("growth per record:", [sizes[i] - sizes[i - 1] for i in range(1, 20)])
print(gc.get_count()[1:], len(records))
