# gen.py 48 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
t1 = 28.9
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
v4 = -44701
print(sys.getsizeof(v4))
def g2(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(t3))
print(sum(x * x for x in range(25)))
o5 = C2(-v4)
o6 = C2(1251453821)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v7 = [v4 ** 2, -v4, v4 ** 4, v4 ** 5, 183, 957502042, v4 % 5]
print(sum(x * x for x in range(18)))
acc8 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
r9 = f1(v4 * -3, v4 + 48456, 20000000000000000000000000000000000000000000934)
print(r9)
print(gc.collect())
del v7
print(gc.is_tracked(t3))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc8.insert(2, v4 + 80811)
acc8.reverse()
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
acc8.reverse()
t3 = v4 / 2
del acc8[:1]
v11 = -2.25
v12 = "€"
acc10.insert(3, len(acc10))
print(v4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r13 = f1(len(acc8), v4 + 201, -v4)
print(r13)
if acc8:
    print(acc8.pop())
t14 = (t3 * -2.25, float(v4), v4 + 25, v4 ** 2, 53, v4 * 7)
t15 = id(t14)
del t14
t16 = ("snake_case", "spam eggs", -2.25, 0.1, v12.replace("l", "L"))
print(id(t16) == t15)
v17 = ()
acc10.extend(range(4))
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v18 = v4 * 2
t19 = (float(v18), "-".join(str(e) for e in acc10), 1e10, float(v18))
t20 = id(t19)
del t19
t21 = ("-".join(str(e) for e in acc8), v12[1:2], "-".join(str(e) for e in v17), float(v4), v4 ** 2)
print(id(t21) == t20)
print(gc.collect())
if acc8:
    acc8[0] = v12.replace("l", "L")
print(gc.collect())
