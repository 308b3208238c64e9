# gen.py 162 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
r1 = f1(55, 84540, 73635466)
print(r1)
def g1(n):
    for i in range(n):
        yield i * 3
v2 = "a"
print(sys.getsizeof(v2))
v3 = 3.141592653589793
print(type(v3).__name__)
print(type(v3).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c4 = make_counter1()
print(c4(), c4(4), c4())
v5 = ()
v6 = ("abc123", v2[2:9], 84400, 164723574, 3.141592653589793)
r7 = f1(726850761, len(v6), -97963)
print(r7)
v8 = {i % 3 for i in range(16)}
v2 = "-".join(str(e) for e in v5)
acc9 = []
for i in range(24):
    acc9.append([i])
print(len(acc9), acc9[-3:])
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(len(v8))
acc9.insert(2, len(v5))
v10 = b"\x00\xff"
v11 = [[j] * 1 for j in range(3)]
if acc9:
    print(acc9.pop())
del acc9[:2]
x1 = 2.5
x2 = 2.5
print(x1 is x2)
t12 = 2.5e-3
t13 = id(t12)
del t12
t14 = 0.0
print(id(t14) == t13)
v15 = ""
t16 = {-14: len(v6), 276: 40000000000000000000000000000000000000000000000000000000855, 235: 1463022294, 157: 117, 175: 196, 111: 241, 128: -98062}
t17 = id(t16)
del t16
t18 = dict(k0=-11142, k1=len(v5), k2=18)
print(id(t18) == t17)
r19 = f1(3000000000000000000000000000223, 15, len(v11))
print(r19)
del v8
v20 = {"k0": v2.replace("l", "L"), "k1": 214, "k2": v2 + "ü", "k3": "spam eggs", "k4": 248}
o21 = C1(246)
o22 = C1(98)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
print(sys.getsizeof(v5))
print(gc.collect())
v23 = C1(148)
v24 = "xxxxx"
v11 = list(range(5))
v11.append(80000000000000000000000000000000000000000000000000000000230)
print(len(gc.get_referents(v6)))
print(v15)
v20["k5"] = repr(v5)
v25 = v10[1:]
print(gc.collect())
