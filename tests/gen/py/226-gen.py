# gen.py 226 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = 0.0
x1 = ()
x2 = ()
print(x1 is x2)
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
v3 = C2(203)
v4 = -12421
v5 = C1(400000000000000000000000000000000000092)
v6 = (v4 // 7, "xxxxxxxxxxxxxxxxxxxxxxx", 1.5, v4 ** 2)
v7 = v4 / 7
v6 = (600000000000000000143,)
v4 = v4 + 971009716
print(gc.is_tracked(v1))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o8 = C1(v4 ** 4)
o9 = C1(v4 % 2)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v7 = -2.25
v10 = C1(v4 ** 5)
print(type(v1).__name__)
v3 = C2(-v4)
alias11 = v1
print(alias11 is v1, id(alias11) == id(v1))
print(v6)
print(sys.getsizeof(v3))
r12 = f1(-v4, v4 // 1)
print(r12)
print(type(v4).__name__)
v13 = {36: v4 * 6, 167: v4 * 3, 265: v4 // 3, 33: len(v6)}
acc14 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
t15 = {264: 94581, 273: v4 ** 5, 74: 674002535, -20: len(v6), 188: len(acc14), 24: v4 ** 2, 298: -48295}
t16 = id(t15)
del t15
t17 = {273: v4 + 75, 54: v4 ** 4}
print(id(t17) == t16)
del t17
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
r18 = f1(len(acc14), v4 // 3)
print(r18)
v19 = "tab\t"
if "k3" in v13:
    del v13["k3"]
try:
    print(3 // 0)
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 4
del v3
x1 = ()
x2 = ()
print(x1 is x2)
acc14.reverse()
del v6
r20 = f1(227, -v4)
print(r20)
v13["k3"] = v19.split()
print(gc.collect())
