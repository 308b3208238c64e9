# gen.py 46 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(0):
        acc.append(i)
    return acc
v1 = {-5: 5000000000000000000000000000000000000000000000000337, 27: 6000000000000000000000000482, 218: 9000000000000000000000000000000000000000000000000000000112, 201: -66654, 120: 176, 15: 700000000000000000000000000393, 134: 53}
o2 = C1(-15433)
o3 = C1(182)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t4 = -2.25
t5 = id(t4)
del t4
t6 = -2.25
print(id(t6) == t5)
print(gc.is_tracked(t6))
c7 = make_counter1()
print(c7(), c7(9), c7())
def g1(n):
    for i in range(n):
        yield i * 1
print(len(v1))
v8 = -2.25
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(v1.get(4), list(v1.keys())[:3])
v9 = set(range(3))
v10 = v9 | v9
print(sys.getsizeof(v9))
print(gc.is_tracked(v8))
v11 = list(range(9))
c12 = make_counter1()
print(c12(), c12(9), c12())
del v1
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
alias13 = t6
print(alias13 is t6, id(alias13) == id(t6))
v11 = [t6 * 672.70]
alias14 = v11
print(alias14 is v11, id(alias14) == id(v11))
v9.discard(41)
v11 = [-2.25]
print(type(v9).__name__)
print(len(alias14))
if v11:
    v11[0] = "line\n"
print(type(v11).__name__)
o15 = C1(-69750)
o16 = C1(384909830)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
acc17 = []
for i in range(4):
    acc17.append({i: i})
print(len(acc17), acc17[-3:])
v18 = v9 & v9
o16 = C1(-48470)
r19 = f1(-39585)
print(r19)
if v11:
    print(v11.pop())
print(len(v9))
def g2(n):
    for i in range(n):
        yield i * 2
c20 = make_counter1()
print(c20(), c20(1), c20())
v21 = {i: i * i for i in range(2)}
print(gc.collect())
