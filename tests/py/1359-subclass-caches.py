# Caches and free lists never hold a subclass's instance: a freed float
# subclass's block goes back to pymalloc (the next one of its class takes it,
# a float comes from the free list), likewise a tuple's and a big int's;
# int(I(5)) is the small int, a str subclass's is never interned
# (sys.intern: "can't intern"), and str() of it is a new exact str.
import sys
class F(float): pass
class I(int): pass
class S(str): pass
class T(tuple): pass
x = F(1.5)
a = id(x)
del x
y = float("2.5")
print(id(y) == a)
z = F(3.5)
print(id(z) == a)
t = T((1, 2))
b = id(t)
del t
u = tuple([7, 8])
print(id(u) == b, id(T((5, 6))) == b)
five, a = 5, "a"
print(I(5) is five, I(5) == five, int(I(5)) is five, S("a") == a, S("a") is a, str(S("a")) is a)
try:
    sys.intern(S("abc"))
except TypeError as e:
    print("TypeError:", e)
print(sys.getrefcount(5) == sys.getrefcount(5), [type(v).__name__ for v in (I(0) + 0, -I(0), I(7) * 1, F(0.0) + 0)])
v = I(2 ** 40)
w = id(v)
del v
print(id(2 ** 41 + 0) == w, id(I(2 ** 40)) == w)
