#= Pools and arenas filling and emptying (the classroom profile: tiny pools, so a screen shows it)
#% profile classroom
#% view heap
import sys

print("a float is", sys.getsizeof(1.5), "bytes: a 32-byte block")
#: In the classroom profile a pool is 2 KiB and an arena holds 8 pools.
#: Every pool serves one size class; a new pool is carved when the class has no free block.
floats = []
for i in range(150):
    floats.append(i + 0.5)
print("made", len(floats), "floats")

#: The float list itself grows too: its item array moves to larger classes as it grows.
print("the list's array:", sys.getsizeof(floats) - 56, "bytes")

#: Objects of another size fill pools of another class, side by side in the same arenas.
pairs = [(i, i) for i in range(60)]
print("made", len(pairs), "tuples of", sys.getsizeof(pairs[0]), "bytes")

#: Freeing the floats empties their pools. An empty pool can be reused by any class;
#: an arena whose pools are all empty is given back to the system.
floats = None
print("floats freed")
#: The tuples keep their pools busy.
print("tuples still alive:", len(pairs))
pairs = None
print("tuples freed")
