# gen.py 168 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    return acc
o1 = C1(54)
o2 = C1(60000000000000000000000000000000000000332)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(-3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v3))
r4 = f1(-37224)
print(r4)
v5 = {i % 2 for i in range(17)}
print(v3.a, v3.total())
print(sys.getsizeof(v5))
r6 = f1(47346)
print(r6)
v7 = "line\n"
v8 = 103
t9 = {i: i * i for i in range(8)}
t10 = id(t9)
del t9
t11 = {280: v8 // 7, 0: len(v7), 182: v8 + 92464}
print(id(t11) == t10)
x1 = ()
x2 = ()
print(x1 is x2)
v12 = {"k0": f"<{v8}>", "k1": v8 * 0, "k2": len(v7), "k3": 22}
v13 = [189, 900000000000000000000000000000000000831, v8 * 6, -v8, len(v12), v8 + 6000000000000000000000000000103, -v8]
print(t11.pop("k6", None))
v14 = ""
print(sys.getsizeof(v3))
acc15 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
v16 = b"a"
t17 = v14[2:6]
t18 = id(t17)
del t17
t19 = str(v8)
print(id(t19) == t18)
v20 = ("-".join(str(e) for e in acc15), -2.25, 100.0, v8 ** 2)
alias21 = v13
print(alias21 is v13, id(alias21) == id(v13))
v22 = bytes(6)
v23 = b"hello"
print(0 in v5)
v24 = v8 * 0
acc15 = [i * 6 for i in range(5)]
print(v12.get("k3"), list(v12.keys())[:3])
v25 = {119: len(v12), 34: 1277573057, 183: 144}
v26 = -v8
v27 = ()
t28 = v8 / 3
t29 = id(t28)
del t28
t30 = float(v8)
print(id(t30) == t29)
v31 = v16 + b"x"
print(gc.is_tracked(v25))
c32 = make_counter1()
print(c32(), c32(6), c32())
v3 = C1(v26 // -4)
del v5
o33 = C1(v24 + 11)
o34 = C1(v8 + -64986)
o33.other = o34
o34.other = o33
print(sys.getrefcount(o33), sys.getrefcount(o34))
del o33, o34
print(gc.collect())
print(gc.collect())
