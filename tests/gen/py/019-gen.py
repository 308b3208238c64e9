# gen.py 19 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=8):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(-54241)
o2 = C1(161)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
v3 = [i * 2 for i in range(3)]
del v3[:0]
acc4 = []
for i in range(0):
    acc4.append(i * 1000)
print(len(acc4), acc4[-3:])
acc5 = []
i = 0
while i < 24:
    if i % 5 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(acc5))
print(type(acc4).__name__)
alias6 = o2
print(alias6 is o2, id(alias6) == id(o2))
v3.extend(range(2))
def g1(n):
    for i in range(n):
        yield i * 4
v7 = C1(514531668)
acc8 = []
for i in range(17):
    acc8.append(i)
print(len(acc8), acc8[-3:])
print(o2.a, o2.total())
r9 = f1(129, 50000000000000000000000000000000000000000000413, len(acc4))
print(r9)
r10 = f1(len(acc5), 102, len(acc8))
print(r10)
v11 = C1(100000000000000000000000000447)
v12 = 1e10
acc8 = [i * 3 for i in range(6)]
o13 = C1(1531520403)
o14 = C1(len(acc4))
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v3.append("tab\t")
r15 = f1(500000000000000000000000000000000000000000000000000905, len(acc5), 1843612258)
print(r15)
del o1
print(acc4)
r16 = f1(433759704, len(acc8), -43459)
print(r16)
print(sys.getsizeof(v11))
v17 = C1(157)
r18 = f1(-34599, 195, 79)
print(r18)
del v12
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v19 = 0.0
v20 = dict(k0=136, k1=122, k2=len(v3), k3=31, k4=-71984)
v3.reverse()
print(type(alias6).__name__)
if acc8:
    acc8[0] = str(v19)
print(sys.getrefcount(o2))
r21 = f1(273897273, 192, -64336)
print(r21)
r22 = f1(3724, len(v20), 199)
print(r22)
print(gc.collect())
