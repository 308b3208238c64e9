# frozenset and set constructed from iterables of various sizes
import sys
for n in [0, 1, 4, 5, 10, 18, 19, 50, 100]:
    print(n, sys.getsizeof(frozenset(range(n))), sys.getsizeof(set(range(n))))
print(sys.getsizeof(frozenset()), sys.getsizeof(set()))  # 216 216
