# gen.py 62 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = "xxxxxxxxxxxxx"
print(v1)
v2 = C1(170)
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v3 = C1(len(v1))
v4 = (138,)
o5 = C1(70)
o6 = C1(47)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
r7 = f1(len(v1))
print(r7)
v8 = v1.title()
v9 = {"k0": v1 * 0}
r10 = f1(6000000000000000000000000000000000000700)
print(r10)
print(list(g1(4)))
print(sys.getsizeof(v2))
v9.update({0: 1})
r11 = f1(90977)
print(r11)
print(gc.is_tracked(v1))
print(v9.get("k3"), list(v9.keys())[:3])
v12 = -10172
print(o5.a, o5.total())
print(o5.a, o5.total())
print(sum(x * x for x in range(11)))
print(sys.getsizeof(v12))
print(sys.getsizeof(v12))
x1 = 256
x2 = 256
print(x1 is x2)
print(v9.get("k4"), list(v9.keys())[:3])
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v13 = {47, 84, 43}
v9.update({8: 9})
v14 = {9: v12 // -4, -12: len(v4), 83: v12 ** 4, 197: -v12, 147: v12 // -4, 162: v12 // 1, 247: v12 % 2}
v14.update({"k3": 2})
v14[4] = [-v12, 1412895913, v12 % 5, len(v9), -v12]
v14["k1"] = v12 % 2
v15 = list(range(9))
t16 = "abc123"
t17 = id(t16)
del t16
t18 = f"<{v12}>"
print(id(t18) == t17)
r19 = f1(v12 % 2)
print(r19)
v3 = C1(v12 + -42834)
del v8
print(gc.collect())
