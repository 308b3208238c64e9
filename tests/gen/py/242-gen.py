# gen.py 242 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=4):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C2(1382432716)
o2 = C2(29229)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = b"hello"
v4 = C1(62)
v5 = C2(400000000000000000000000834)
print(v3)
print(v3)
v6 = {}
o7 = C2(1721922005)
o8 = C2(len(v6))
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(sys.getrefcount(o7))
v6.update({0: 2})
print(v6.get("k5"), list(v6.keys())[:3])
v9 = 2.5e-3
v10 = {22, 78, 58, 18, 45, 39, 82}
print(sys.getsizeof(v9))
v11 = {}
r12 = f1(92071)
print(r12)
v13 = 80000000000000000000000000000000000000000000000000558
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.collect())
print(len(gc.get_referents(v4)))
v14 = 166
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v15 = "abc123"
print(len(v6))
del o7
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v16 = [len(v11), v13 // -4, v14 % 10]
v10.add(46)
v6.update({"k5": 3})
c17 = make_counter1()
print(c17(), c17(3), c17())
acc18 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
print(type(v3).__name__)
v13 = v13 + 978898698
v14 = -v13
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
v19 = set(range(1))
def g2(n):
    for i in range(n):
        yield i * 1
print(gc.collect())
