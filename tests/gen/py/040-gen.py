# gen.py 40 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v1 = C1(230)
v2 = "hello"
v3 = "snake_case"
v4 = [len(v3), 102, 67933, 880405018, 234, len(v2), 231, 236]
if v4:
    print(v4.pop())
t5 = [25115, 9000000000000000000000000000000927, 40000000000000000000000000163, len(v3), 167, 24, 23]
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
t9 = -2.25
t10 = id(t9)
del t9
t11 = 1e10
print(id(t11) == t10)
t7.reverse()
c12 = make_counter1()
print(c12(), c12(9), c12())
v1 = C2(len(acc8))
print(gc.collect())
print(len(gc.get_referents(t7)))
v13 = 10000000000000000000000000000000000019
v14 = "snake_case"
acc15 = []
for i in range(15):
    acc15.append({i: i})
print(len(acc15), acc15[-3:])
print(t7)
del v2
print(sys.getsizeof(v14))
print(type(v14).__name__)
r16 = f1(80000000000000000204, -v13)
print(r16)
def g1(n):
    for i in range(n):
        yield i * 2
acc15.append(v13 + 162)
v4 = v14.split()
v3 = "中文"
print(acc8)
print(len(v14))
t17 = {60: v13 + 1890595059, 266: 68866, 132: 236, 55: 600000000000000000000000000000000000000000823}
t18 = id(t17)
del t17
t19 = dict()
print(id(t19) == t18)
v20 = t11 * 0.1
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(type(v14).__name__)
del v14
print(gc.is_tracked(v3))
v21 = "-".join(str(e) for e in acc8)
acc22 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(t19.get(1), list(t19.keys())[:3])
v23 = ()
print(sum(g1(5)), max(g1(3), default=-1))
v24 = C2(89288)
print(gc.collect())
