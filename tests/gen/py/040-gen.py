# gen.py 40 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = "€"
v2 = v1 * 2
v3 = 2.5e-3
v4 = [len(v2), 102, 67933, 880405018, 234, len(v1), 231, 236]
if v4:
    print(v4.pop())
t5 = [25115, 9000000000000000000000000000000927, 40000000000000000000000000163, len(v2), 167, 24, 23]
t6 = id(t5)
del t5
t7 = v4[:]
print(id(t7) == t6)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc8 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
t9 = 1e10
t10 = id(t9)
del t9
t11 = 371.50
print(id(t11) == t10)
acc8.reverse()
v12 = (0.0, 1.5, 10000000000000000000000000000000000019, v1.lower())
v13 = 167
acc14 = []
for i in range(15):
    acc14.append({i: i})
print(len(acc14), acc14[-3:])
print(t7)
del v2
print(sys.getsizeof(v13))
print(type(v13).__name__)
r15 = f1(80000000000000000204, -v13)
print(r15)
def g1(n):
    for i in range(n):
        yield i * 2
acc14.append(v13 + 162)
v4 = v1.split()
v16 = "UPPER"
t11 = float(v13)
t17 = {60: v13 + 1890595059, 266: 68866, 132: 236, 55: 600000000000000000000000000000000000000000823}
t18 = id(t17)
del t17
t19 = dict()
print(id(t19) == t18)
v20 = v3 * 0.1
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v20))
print(sys.getsizeof(v13))
print(v3)
print(sys.getsizeof(v3))
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
del v12
c21 = make_counter1()
print(c21(), c21(6), c21())
print(t19.get(1), list(t19.keys())[:3])
v22 = ()
print(sum(g1(5)), max(g1(3), default=-1))
v23 = C2(89288)
print(type(t11).__name__)
acc14.extend(range(0))
print(sys.getsizeof(acc14))
print(gc.collect())
