# gen.py 271 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2=6):
    acc = [p0, p1, p2]
    for i in range(6):
        acc.append(i)
    return acc
v1 = set(range(10))
o2 = C2(500000000000000000817)
o3 = C2(196)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r4 = f1(131, 2, 500000000000000000000000430)
print(r4)
print(sorted(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = ("Hello World", 1.5, 531.45)
print(len(v1))
t6 = "€"
t7 = id(t6)
del t6
t8 = "xxxxx"
print(id(t8) == t7)
alias9 = t8
print(alias9 is t8, id(alias9) == id(t8))
v10 = 45206
acc11 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
t12 = (v10 * 2,)
t13 = id(t12)
del t12
t14 = ()
print(id(t14) == t13)
print(sys.getsizeof(alias9))
def g1(n):
    for i in range(n):
        yield i * 2
v15 = "tab\t"
print(v5)
v16 = (1.5, float(v10), -84699, -2.25)
print(v10 is v10 + 0, v10 == v10 + 0)
v17 = set(range(16))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
o18 = C2(v10 // -4)
o19 = C2(v10 + 20743)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
v20 = C2(v10 // 7)
del acc11
t21 = dict(k0=0, k1=v10 + 700000000000000000000000000000000000000000000384, k2=v10 * 4)
t22 = id(t21)
del t21
t23 = {124: 86351, -9: 60, 164: v10 * 7, 27: v10 // 2, -17: v10 + 23218, 90: v10 ** 2, 31: v10 + -25908}
print(id(t23) == t22)
print(v10 is v10 + 0, v10 == v10 + 0)
x1 = -6
x2 = -6
print(x1 is x2)
r24 = f1(-v10, v10 ** 2, 123)
print(r24)
o25 = C2(-v10)
o26 = C2(v10 % 2)
o25.other = o26
o26.other = o25
print(sys.getrefcount(o25), sys.getrefcount(o26))
v27 = (1295522884,)
alias28 = v1
print(alias28 is v1, id(alias28) == id(v1))
x1 = 257
x2 = 257
print(x1 is x2)
v29 = [str(v10), repr(v5), 3.141592653589793, "hello", v10 * 1, 10000000000000000000000000000000000000000473]
print(list(g1(4)))
t23[1] = len(t14)
print(sys.getrefcount(v20))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v30 = b"zzzzzzzzzz"
print(gc.collect())
