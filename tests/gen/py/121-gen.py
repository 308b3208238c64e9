# gen.py 121 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
o1 = C1(-24455)
o2 = C1(1855004953)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
o1 = C1(984994151)
acc3 = []
for i in range(25):
    acc3.append([i])
print(len(acc3), acc3[-3:])
print(sys.getsizeof(acc3))
def g1(n):
    for i in range(n):
        yield i * 3
v4 = set(range(4))
r5 = f1(38044933, 0, len(acc3))
print(r5)
print(gc.collect())
t6 = {i: i * i for i in range(3)}
t7 = id(t6)
del t6
t8 = {232: 87, 100: 881895749}
print(id(t8) == t7)
def g2(n):
    for i in range(n):
        yield i * 3
print(t8.get(1), list(t8.keys())[:3])
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r9 = f1(-78160, -51079, -57572)
print(r9)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(list(g1(0)))
v10 = C1(len(acc3))
t8 = {96: 31, 112: 42446, 163: 5000000000000000000063}
acc3.reverse()
t11 = ()
t12 = id(t11)
del t11
t13 = ()
print(id(t13) == t12)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del r5
v14 = "tab\t"
del acc3
v4.discard(37)
v15 = {}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(48664, -37567, 34)
print(r16)
v15["k2"] = repr(v15)
print(v15.pop("k6", None))
t13 = ("", 3.141592653589793, len(t8), "b", 86, repr(v15))
print(20 in v4)
t8 = {i: i * i for i in range(5)}
v4.add(9)
def g3(n):
    for i in range(n):
        yield i * 2
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
