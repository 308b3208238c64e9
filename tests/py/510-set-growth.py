# set growth: 216, then 728, 2264, 8408
import sys
s = set()
out = []
for i in range(120):
    out.append(sys.getsizeof(s))
    s.add(i)
print(sorted(set(out)))
print([i for i in range(1, 120) if out[i] != out[i - 1]])
print(sys.getsizeof(set(range(10))), sys.getsizeof(frozenset(range(100))), sys.getsizeof({1, 2, 3, 4, 5}))
