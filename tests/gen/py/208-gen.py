# gen.py 208 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t1 = 3.141592653589793
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
v4 = C2(30000000000000000000000000000955)
v5 = 134898524
print(sys.getsizeof(v5))
def g1(n):
    for i in range(n):
        yield i * 3
v6 = [190, v5 * 5]
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
x1 = 256
x2 = 256
print(x1 is x2)
print(v6)
print(v6)
print(gc.is_tracked(v4))
v7 = C2(v5 // 2)
c8 = make_counter1()
print(c8(), c8(7), c8())
print(type(v5).__name__)
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v9 = str(v5)
print(len(v6))
print(sys.getsizeof(v4))
del t3
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
print(gc.is_tracked(v7))
v11 = str(v5)
v12 = v9 * 1
print(v5 is v5 + 0, v5 == v5 + 0)
if acc10:
    acc10[0] = "abc123"
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
if v6:
    print(v6.pop())
v13 = v9.capitalize()
r14 = f1(v5 % 10, v5 * 3, 10)
print(r14)
v15 = dict(k0=97665, k1=v5 % 5, k2=90000000000000000000000000000000000000000855)
v16 = {288: -v5, 52: len(v6), 48: -v5, 279: 30650, 190: 17776608, 6: 40000000000000000000000000000911, 278: v5 * 1}
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(len(v16))
print(type(v7).__name__)
print(gc.collect())
