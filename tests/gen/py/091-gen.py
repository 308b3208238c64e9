# gen.py 91 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(105)
o2 = C1(39)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r3 = f1(6000000000000000000000000000000000000000750, -22986, -88123)
print(r3)
t4 = [95, 700000000000000000000000000000000000000000648, 6000000000000000000000000619, 59268, 6000000000000000000638, 151]
t5 = id(t4)
del t4
t6 = [46, -1, 30000000000000000934, 253, 185, 203, 211, -89929, 35373]
print(id(t6) == t5)
v7 = "€"
r8 = f1(70000000000000000000000000000984, 78929, 1693416916)
print(r8)
v9 = repr(t6)
del v7
v10 = (57,)
r11 = f1(2302, 444930661, -66758)
print(r11)
v12 = {}
r13 = f1(len(v10), 18714, 4000000000000000000000200)
print(r13)
print(sys.getsizeof(o2))
v14 = 184
r15 = f1(55686, len(v9), v14 % 5)
print(r15)
x1 = 256
x2 = 256
print(x1 is x2)
v16 = v9.replace("l", "L")
v14 = v14 % 10
v17 = v9.replace("l", "L")
t6.append("-".join(str(e) for e in v10))
o2 = C1(20000000000000000000000000000000000000000000000000000071)
print(v14 is v14 + 0, v14 == v14 + 0)
def g1(n):
    for i in range(n):
        yield i * 3
del o2
v18 = dict(k0=-v14, k1=v14 * 7, k2=80000000000000000000000000000000363, k3=v14 ** 3)
print(v18.get("k5"), list(v18.keys())[:3])
alias19 = v18
print(alias19 is v18, id(alias19) == id(v18))
alias20 = v12
print(alias20 is v12, id(alias20) == id(v12))
print(sys.getsizeof(alias19))
print(len(gc.get_referents(o1)))
acc21 = []
for i in range(1):
    acc21.append((i, i))
print(len(acc21), acc21[-3:])
print(v14 is v14 + 0, v14 == v14 + 0)
print(sys.getsizeof(alias19))
t22 = "ü"
t23 = id(t22)
del t22
t24 = v16[2:3]
print(id(t24) == t23)
print(v18.get("k4"), list(v18.keys())[:3])
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
alias19[9] = [i * 7 for i in range(6)]
print(gc.collect())
