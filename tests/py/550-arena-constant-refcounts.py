# The AST arena keeps a reference to every constant while the file runs:
# ints, floats, strs, bytes, folded tuples and the constants of nested functions.
import sys
print(sys.getrefcount(1000))
x = 1000
print(sys.getrefcount(x))
print(sys.getrefcount(2.5), sys.getrefcount(-2.5), sys.getrefcount(1e300))
print(sys.getrefcount("hello world!"), sys.getrefcount("ident"))
print(sys.getrefcount(b"bytes"), sys.getrefcount(2 ** 100), sys.getrefcount(-1000))
t = (1000, 2000)
print(sys.getrefcount(t), sys.getrefcount(t[0]), sys.getrefcount(t[1]))
print(t[0] is x)
l = [3000, 4000, 5000]
print(sys.getrefcount(l[0]), sys.getrefcount(l[2]))
nested = (1, (2, 3000), "a b")
print(sys.getrefcount(nested), sys.getrefcount(nested[1]), sys.getrefcount(nested[1][1]))
print(nested[1][1] is l[0])
def f():
    def g():
        return 6000
    return g() + 7000.5
print(sys.getrefcount(6000), sys.getrefcount(7000.5))
y = f()
print(sys.getrefcount(y))
del x
print(sys.getrefcount(1000))
s = 'lo' * 3
print(sys.getrefcount(s))
