# dict growth with int keys (general keys table, 24-byte entries)
import sys
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(100):
    d[i] = None
    size = sys.getsizeof(d)
    if size != prev:
        print(len(d), size)
        prev = size
