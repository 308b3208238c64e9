# Generator expressions given to any/all/sum/max stop early and drop their
# references; 'is' on small ints and interned strs after arithmetic.
import sys, gc
def gen(n):
    for i in range(n):
        yield [i] * 3
l = [1, 2, 3]
print(sys.getrefcount(l))
print(any(x is l for x in [l, l, l]), sys.getrefcount(l))
print(all(x > 0 for x in [1, 0, 2, l]), sys.getrefcount(l))
print(sum(x for x in range(10)), sum((x for x in [1.5, 2]), 10))
g = (x for x in [l, l])
print(sys.getrefcount(l), next(g) is l, sys.getrefcount(l))
del g
print(sys.getrefcount(l))
print(any(len(x) > 1 for x in gen(5)), gc.collect())
print(max((x for x in 'hello'), key=ord), min(x * 2 for x in range(3, 0, -1)), sorted(x for x in 'cba'))
it = iter([1, 2, 3, 4])
print(any(x == 2 for x in it), list(it))
a = 1000
b = 999 + 1
print(a is b, a == b, 256 is 255 + 1 if False else 'x')
c = 255
c += 1
d = 256
print(c is d)
c += 1
e = 257
print(c is e, c == e)
s1 = 'hello'
s2 = 'hel' + 'lo'
s3 = ''.join(['hel', 'lo'])
print(s1 is s2, s1 is s3, s1 is sys.intern(s3), s1 == s3)
n = -5
m = -6 + 1
print(n is m)
k = 'a' * 3
print(k is 'aaa' if False else k == 'aaa', ('x' * 1) is 'x', chr(65) is 'A', 'ab'[0] is 'a', str(5) is '5')
