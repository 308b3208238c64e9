# gen.py 127 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c1 = make_counter1()
print(c1(), c1(7), c1())
v2 = {}
v3 = set(range(2))
v3.add(30)
print(gc.is_tracked(v3))
v3.add(32)
v4 = ("spam eggs", "a")
print(gc.is_tracked(v2))
print(type(v3).__name__)
v2["k3"] = len(v2)
acc5 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
v6 = C1(213)
print(gc.is_tracked(v2))
v2.update({"k5": 4})
if acc5:
    print(acc5.pop())
print(len(v4))
acc5.insert(-2, 254)
print(type(v3).__name__)
v7 = 44320
c8 = make_counter1()
print(c8(), c8(5), c8())
v9 = v7 + 190
v6 = C1(v9 % 10)
print(v7 is v7 + 0, v7 == v7 + 0)
print(sorted(v3))
print(v9 is v9 + 0, v9 == v9 + 0)
t10 = float(v7)
t11 = id(t10)
del t10
t12 = float(v7)
print(id(t12) == t11)
print(v2.get("k3"), list(v2.keys())[:3])
c13 = make_counter1()
print(c13(), c13(7), c13())
print(gc.is_tracked(t12))
v14 = {27, 21}
c15 = make_counter1()
print(c15(), c15(2), c15())
v16 = "-".join(str(e) for e in acc5)
v17 = {"k0": "b"}
v6 = C1(8000000000000000000000000000000000000168)
v18 = set()
print(gc.collect())
