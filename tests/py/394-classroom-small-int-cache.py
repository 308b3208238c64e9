# Classroom: the small-int cache (-5..256) and constants: 'is' on ints from arithmetic versus literals.
import sys
a = 256
b = 255 + 1
print(a is b)
c = 257
d = 256 + 1
print(c == d, c is d)
x = -5
y = -6 + 1
print(x is y)
p = -6
q = -7 + 1
print(p is q)
n = 10
m = int("10")
print(n is m)
big1 = int("1000")
big2 = int("1000")
print(big1 is big2)
lst = [i for i in range(-10, 300)]
cached = [v for v in lst if v is int(str(v))]
print(len(cached), cached[0], cached[-1])
print(sys.getrefcount(0) > 100, sys.getrefcount(1000) < 100)
def f():
    return 1000
def g():
    return 1000
print(f() is f(), f() is g())
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-1))
print(sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(None))
z = 5
print(id(z) == id(3 + 2), id(1000 + z) == id(1005))
e = ()
print(e is (), sys.getsizeof(()), sys.getsizeof((1,)))
print(sys.getrefcount(None) > 1000)
