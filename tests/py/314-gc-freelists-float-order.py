# A full collection empties the float free list newest first
# (_PyFloat_ClearFreeList, called by clear_freelists in gc_collect_main),
# giving each block back to its pool, whose free chain is LIFO: the next
# floats reuse the blocks in the order the free list was built, which ids
# show (issue 4).  Emptied oldest first, the order would be reversed.
import gc
gc.disable()
gc.collect()
for n in (4, 7):
    floats = [i + 0.5 for i in range(n)]
    ids = [id(f) for f in floats]
    del floats
    gc.collect()
    again = [i + 0.25 for i in range(n)]
    print(n, ["f%d" % ids.index(id(x)) if id(x) in ids else "new" for x in again])
    del again
    gc.collect()
