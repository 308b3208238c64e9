# gen.py 37 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
r1 = f1(58436, 206)
print(r1)
v2 = C1(-77299)
print(gc.collect())
t3 = list(range(0))
t4 = id(t3)
del t3
t5 = [160]
print(id(t5) == t4)
del t5[:0]
v6 = t5[:]
print(v6)
print(sys.getrefcount(t5))
print(type(t5).__name__)
print(sys.getsizeof(t5))
def g1(n):
    for i in range(n):
        yield i * 1
r7 = f1(100000000000000000000000000000000664, 221)
print(r7)
def g2(n):
    for i in range(n):
        yield i * 3
v8 = -2.25
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v6))
v9 = repr(t5)
print(gc.is_tracked(v8))
alias10 = v6
print(alias10 is v6, id(alias10) == id(v6))
print(sys.getrefcount(v2))
t5 = v9.split()
print(type(v2).__name__)
print(sys.getsizeof(alias10))
if alias10:
    print(alias10.pop())
o11 = C1(148)
o12 = C1(76225)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
r13 = f1(1533422748, -15130)
print(r13)
del v2
r14 = f1(-85514, 300000000000000000751)
print(r14)
if v6:
    v6[0] = v9.replace("l", "L")
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(len(v6))
v9 = v9[1:3]
alias10.append(90000000000000000000682)
alias15 = v8
print(alias15 is v8, id(alias15) == id(v8))
print(type(v9).__name__)
print(gc.collect())
acc16 = []
i = 0
while i < 15:
    if i % 3 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
alias17 = v9
print(alias17 is v9, id(alias17) == id(v9))
t18 = dict(k0=32448, k1=-1, k2=len(alias17))
t19 = id(t18)
del t18
t20 = {"k0": 2025273059, "k1": 66}
print(id(t20) == t19)
print(gc.collect())
