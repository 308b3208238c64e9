# gen.py 143 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=6):
    acc = [p0]
    return acc
v1 = "abc123"
v2 = ("abc123", v1.title(), "snake_case", 0.1, 256)
print(len(v2))
print(len(v2))
o3 = C1(90000000000000000000982)
o4 = C1(219)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
v5 = bytes(11)
print(len(gc.get_referents(v2)))
print(v1)
r6 = f1(800000000000000000000000000000000000000000000000000801)
print(r6)
def g1(n):
    for i in range(n):
        yield i * 2
print(o4.a, o4.total())
o3 = C1(131)
v7 = {i: i * i for i in range(6)}
print(v5)
acc8 = []
for i in range(19):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
alias9 = v5
print(alias9 is v5, id(alias9) == id(v5))
print(sum(g1(5)), max(g1(2), default=-1))
if "k2" in v7:
    del v7["k2"]
print(type(v7).__name__)
print(sys.getsizeof(o3))
o10 = C1(len(v7))
o11 = C1(len(v2))
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = bytes(2)
o4 = C1(177)
v13 = "a-b-c"
print(type(alias9).__name__)
r14 = f1(87561)
print(r14)
v15 = {99, 0, 61, 3, 43, 8, 18}
r16 = f1(83)
print(r16)
o17 = C1(208)
o18 = C1(33)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v7["k5"] = list(range(0))
acc19 = []
for i in range(22):
    acc19.append(i * 1000)
print(len(acc19), acc19[-3:])
t20 = {86: 67770, 107: 102, 225: -56669, 144: -17847, 136: 150, 299: 83, -14: 159}
t21 = id(t20)
del t20
t22 = {"k0": v13[0:8], "k1": repr(acc8), "k2": 700000000000000000000000000000245}
print(id(t22) == t21)
v23 = 1039484072
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(t22.get("k4"), list(t22.keys())[:3])
v2 = ("snake_case", v23 * 5)
print(gc.is_tracked(v15))
print(gc.collect())
