# list displays: constant literals of 3+ items are built by LIST_EXTEND and rounded up to even
import sys
a, b, c, d = 10, 20, 30, 40
print(sys.getsizeof([]))  # 56
print(sys.getsizeof([1]), sys.getsizeof([1, 2]))  # 64 72: BUILD_LIST n, exact size
print(sys.getsizeof([1, 2, 3]))  # 88: allocated rounded up to 4
print(sys.getsizeof([a, b, c]))  # 80: non-constant items, exact size 3
print(sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([1, 2, 3, 4, 5]))  # 88 104
print(sys.getsizeof([a, b, c, d]), sys.getsizeof([a, b, c, d, a]))  # 88 96
print(sys.getsizeof(["x", "y", "z"]), sys.getsizeof([None, None, None]))
print(sys.getsizeof([[], []]), sys.getsizeof([a]), sys.getsizeof([1.5, 2.5, 3.5]))
