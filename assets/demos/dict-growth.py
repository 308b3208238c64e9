#= Dict and set growth: hash tables resize by doubling, dicts keep insertion order
#% view heap
import sys

#: An empty dict shares a static empty table: 64 bytes.
d = {}
print("empty dict:", sys.getsizeof(d))
#: The first insertion allocates a table for 5 entries (8 slots); then it doubles when 2/3 full.
last = sys.getsizeof(d)
for i in range(50):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print(f"dict len {len(d):2}: {last} bytes")

#: Deleting keys leaves dummies: the table does not shrink.
for i in range(45):
    del d[i]
print("after deleting 45 keys:", sys.getsizeof(d), "bytes for", len(d), "items")

#: Sets have their own table: 8 slots inline, then they grow by 4x while small.
s = set()
print("empty set:", sys.getsizeof(s))
last = sys.getsizeof(s)
for i in range(100):
    s.add(i)
    if sys.getsizeof(s) != last:
        last = sys.getsizeof(s)
        print(f"set len {len(s):3}: {last} bytes")
print("insertion order kept:", list(d))
