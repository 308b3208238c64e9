# set.add growth: 8 inline entries, then 32, 128, 512 ... entry tables
import sys
s = set()
prev = sys.getsizeof(s)
print(0, prev)
for i in range(200):
    s.add(i)
    size = sys.getsizeof(s)
    if size != prev:
        print(len(s), size)
        prev = size
print(sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))))
