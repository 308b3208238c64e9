# gen.py 158 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
v1 = 0.0
o2 = C1(23)
o3 = C1(39)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
v5 = "abc123"
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(len(v5))
t6 = (str(alias4), 0.1)
t7 = id(t6)
del t6
t8 = ()
print(id(t8) == t7)
print(alias4)
print(type(v5).__name__)
v9 = (repr(v1), 76942, v5 * 2, 4000000000000000000000000000000000000000000000000000000634, "-".join(str(e) for e in t8), 3.141592653589793)
v10 = {}
print(sys.getsizeof(v1))
print(v10.get("k0"), list(v10.keys())[:3])
alias11 = v10
print(alias11 is v10, id(alias11) == id(v10))
acc12 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
o13 = C1(-8610)
o14 = C1(107)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
t15 = v5 * 0
t16 = id(t15)
del t15
t17 = str(v1)
print(id(t17) == t16)
v18 = (v5 + "a", 100.0, 136)
v10.update({"k0": 3})
v19 = {}
v20 = [[j] * 3 for j in range(5)]
v21 = {"k0": 256, "k1": repr(v20), "k2": v5.lower(), "k3": "-".join(str(e) for e in acc12), "k4": 60000000000000000000000000000000000000000000000000981, "k5": v5[1:4]}
v10[3] = acc12 * 0
print(sys.getsizeof(v10))
print(sys.getrefcount(alias11))
v1 = alias4 * 1e10
o22 = C1(-94180)
o23 = C1(907709607)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
print(sys.getsizeof(v21))
print(gc.is_tracked(v1))
acc12.append(len(t17))
acc24 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
print(sys.getsizeof(v9))
v25 = v5.lower()
print(type(v5).__name__)
print(alias11.get("k3"), list(alias11.keys())[:3])
print(len(alias11))
acc12.append("-".join(str(e) for e in acc12))
print(v21.pop(3, None))
print(v10.get(5), list(v10.keys())[:3])
print(gc.collect())
