import sys
x = object()
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
d = {"a": x, x: 1}
print(sys.getrefcount(x))
t = (x,)
def f(y):
    return sys.getrefcount(y)
print(f(x), sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
del l
print(sys.getrefcount(x))
class C:
    attr = x
print(sys.getrefcount(x), sys.getrefcount(C))
c = C()
print(sys.getrefcount(C), sys.getrefcount(c))
m = c.attr
print(sys.getrefcount(x))
g = (i for i in [x])
print(sys.getrefcount(x))
s = "unique-" + str(12345)
print(sys.getrefcount(s), sys.getrefcount(sys.intern(s)))
