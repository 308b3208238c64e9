#= Fragmentation: freed blocks stay in their pools, so memory is not returned while one block lives
#% profile classroom
#% view heap
import sys

#: Make many small objects of one size: they pack pool after pool.
objs = []
for i in range(300):
    objs.append([i])
print("made", len(objs), "small lists")

#: Now free every other one. Half the blocks are free, but every pool still has live blocks,
#: so no pool becomes empty and no arena can be released.
survivors = objs[::2]
objs = None
print("kept", len(survivors), "of them")

#: New objects of the same size class reuse the holes first, from the most recently freed block.
refill = []
for i in range(50):
    refill.append([i])
print("refilled", len(refill), "holes")

#: Objects of a different size cannot use those holes: they need a pool of their own class.
strings = []
for i in range(50):
    strings.append("s" * 100 + str(i))
print("made", len(strings), "strings of", sys.getsizeof(strings[0]), "bytes")

#: Only when the last block of a pool is freed does the pool become empty.
survivors = None
refill = None
strings = None
print("all freed")
