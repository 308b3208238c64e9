# dict growth with str keys: getsizeof changes at the 1st, 6th, 11th, 22nd, 43rd key
import sys
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(100):
    d["key" + str(i)] = i
    size = sys.getsizeof(d)
    if size != prev:
        print(len(d), size)
        prev = size
