# The small-int cache: -5..256 are shared, 257 and -6 are not (computed at run time).
import sys

def make(n):
    return n + 0

for v in (-6, -5, 0, 255, 256, 257, 1000):
    a = make(v)
    b = int(str(v))
    print(v, a is b, a == b)
x = 256
y = 255 + 1
print(x is y)
x = 257
y = 256 + 1
print(x is y, x == y)
n = 10
big = n * 100
big2 = n * 100
print(big is big2)
neg = -n // 2
print(neg, neg is -5)
neg2 = -n + 4
print(neg2, neg2 is -6)
print(sys.getrefcount(0) > 100, sys.getrefcount(256) > 3)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(256), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-1))
vals = [i * 2 for i in range(126, 132)]
print([v is i * 2 for v, i in zip(vals, range(126, 132))])
t = int("256")
u = int("257")
print(t is 256, u is 257)
l = len("x" * 256)
print(l is 256)
l2 = len("x" * 257)
print(l2 is 257, l2 == 257)
b1 = True + 0
print(b1 is 1, type(b1).__name__)
f = int(3.0)
print(f is 3)
h = hash(7)
print(h is 7)
r = round(256.4)
print(r is 256)
ab = abs(-257)
print(ab is 257)
