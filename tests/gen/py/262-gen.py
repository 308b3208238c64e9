# gen.py 262 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = {270: 30000000000000000529, 202: 144}
r2 = f1(len(v1))
print(r2)
t3 = (len(v1),)
t4 = id(t3)
del t3
t5 = ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "a", 100.0, 27764, 8000000000000000000000000000000000000000000000000000000000573, "abc123")
print(id(t5) == t4)
del v1
acc6 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
del acc6[:0]
def g1(n):
    for i in range(n):
        yield i * 3
v7 = acc6 + [len(acc6)]
t8 = tuple(acc6)
t9 = id(t8)
del t8
t10 = (122,)
print(id(t10) == t9)
t11 = {173: 487740748}
t12 = id(t11)
del t11
t13 = {}
print(id(t13) == t12)
if v7:
    print(v7.pop())
acc14 = []
for i in range(10):
    acc14.append([i])
print(len(acc14), acc14[-3:])
v7.insert(1, 39199)
o15 = C1(18270)
o16 = C1(100000000000000000000000000000000335)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v17 = set()
print(gc.collect())
print(gc.is_tracked(v17))
v18 = ["snake_case"]
o19 = C1(len(acc6))
o20 = C1(-95011)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
del o19, o20
print(gc.collect())
v21 = b"\x00\xff"
print(type(v17).__name__)
v22 = tuple(acc14)
print(gc.is_tracked(v22))
if "k4" in t13:
    del t13["k4"]
print(v7)
print(t13.pop("k4", None))
acc23 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
v24 = tuple(v7)
v25 = 1.5
del v17
print(t13.get("k1"), list(t13.keys())[:3])
if v18:
    v18[0] = "-".join(str(e) for e in v24)
print(len(v18))
print(gc.is_tracked(v25))
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias26 = v7
print(alias26 is v7, id(alias26) == id(v7))
print(type(acc6).__name__)
t13.update({0: 4})
print(gc.collect())
