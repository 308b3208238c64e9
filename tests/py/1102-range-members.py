# range's start, stop and step: read-only member descriptors over the int
# objects the range holds (the same object on every read, its count), their
# descriptors' reprs, and what assigning or deleting one raises.
import sys
r = range(3, 100, 7)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(r.start is r.start, sys.getrefcount(r.stop))
big = range(10**20, 10**21, 3)
s = big.start
print(s, sys.getrefcount(s), big.step, sys.getrefcount(big.step))
print(range.start, type(range.stop).__name__, range.step.__name__)
print(range.start.__get__(r), range.stop.__objclass__)
try:
    r.start = 5
except AttributeError as e:
    print(e)
try:
    del r.stop
except AttributeError as e:
    print(e)
n = 1000
r2 = range(n, n * 2)
print(r2.start is n, sys.getrefcount(n))
print(range(-5, 5, -1).step, len(range(0, 10**30, 10**10)), range(0, 10, 3)[-1])
