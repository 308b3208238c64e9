#= List over-allocation: append grows the item array in steps, so most appends cost nothing
#% view heap
import sys

#: An empty list is a 56-byte header with no item array.
items = []
print("empty list:", sys.getsizeof(items), "bytes")

#: Each append that finds the array full grows it by about 1/8 plus a little,
#: so the size (8 bytes per slot) changes only at some lengths.
last = sys.getsizeof(items)
for i in range(40):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {len(items):2}: {size} bytes, room for {(size - 56) // 8} items")
        last = size

#: A display or list() sizes the array for its length, rounded up to an even
#: number of slots, with no room to grow: 9 items take 10 slots.
exact = [0, 1, 2, 3, 4, 5, 6, 7, 8]
print("display of 9 items:", sys.getsizeof(exact), "bytes")
#: Popping does not shrink the array until fewer than half the slots are in use.
while len(items) > 10:
    items.pop()
print("after popping down to 10:", sys.getsizeof(items), "bytes")
items.clear()
print("after clear():", sys.getsizeof(items), "bytes")
