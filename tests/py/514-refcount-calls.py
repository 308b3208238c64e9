# references held during calls: arguments, defaults, closures
import sys
y = [1, 2]
def f(a):
    return sys.getrefcount(a)
def g(a, b):
    return sys.getrefcount(a)
print(sys.getrefcount(y), f(y), g(y, y))
def outer():
    z = []
    def inner():
        return z
    return inner, z
fn, z = outer()
print(sys.getrefcount(z))
def h(a=y):
    return a
print(sys.getrefcount(y))
