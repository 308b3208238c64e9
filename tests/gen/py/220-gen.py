# gen.py 220 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = {"k0": 25, "k1": "snake_case"}
print(sys.getrefcount(v1))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 3
v2 = C1(48)
v3 = {56, 30, 50, 76, 15, 43, 78, 92}
v4 = (533.65, "b", 1e10, len(v1), 3.141592653589793, -2.25)
print(len(v3))
print(gc.is_tracked(v3))
print(sys.getrefcount(v2))
print(len(v4))
r5 = f1(95196, 243, 7599)
print(r5)
print(list(g1(3)))
print(sys.getrefcount(v3))
v6 = ("hello", 945.78, 20000000000000000000000000000000064, repr(v1), 0.0)
v7 = {}
o8 = C1(125)
o9 = C1(len(v1))
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v3.add(14)
v10 = {i: i * i for i in range(6)}
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
o11 = C1(46295)
o12 = C1(len(v6))
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = {}
print(v1)
v14 = b"\x00\xff"
t15 = [20000000000000000000000569, -46614, 233, len(v13), -41740, 232, 70000000000000000000000000000108]
t16 = id(t15)
del t15
t17 = [i * 9 for i in range(8)]
print(id(t17) == t16)
print(gc.is_tracked(v2))
acc18 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g2(n):
    for i in range(n):
        yield i * 4
v2 = C1(249)
print(gc.is_tracked(v3))
acc19 = []
i = 0
while i < 23:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(t17))
r20 = f1(31233, 90000000000000000000000000000000000462, 211)
print(r20)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc18.extend(range(8))
print(gc.collect())
