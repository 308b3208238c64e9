# Tuple packing and unpacking, swapping, star-unpacking.
import sys

point = 3, 4
x, y = point
print(point, x, y, type(point).__name__, sys.getsizeof(point))
x, y = y, x
print(x, y)
a = b = c = 7
print(a is b is c)
first, *rest = [1, 2, 3, 4]
print(first, rest, type(rest).__name__, sys.getsizeof(rest))
*init, last = (1, 2, 3, 4)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
(p, q), r = (1, 2), 3
print(p, q, r)
t = (1, 2, 3)
u = (1, 2, 3)
print(t == u, sys.getsizeof(t))
for i, (name, score) in enumerate([("ann", 3), ("bob", 5)]):
    print(i, name, score)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 9])
res = minmax([1])
print(lo, hi, res, type(res).__name__)
e = ()
print(e is (), sys.getsizeof(e), sys.getsizeof((1,)))
nums = [3, 1, 2]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
pairs = [(1, "one"), (2, "two")]
nums2, names = zip(*pairs)
print(nums2, names)
try:
    a, b = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    a, b, c = (1,)
except ValueError as err:
    print("ValueError:", err)
print(*[1, 2, 3], sep="-")
combined = [*range(3), *"ab"]
print(combined, sys.getsizeof(combined))
tt = (*range(4),)
print(tt, sys.getsizeof(tt))
