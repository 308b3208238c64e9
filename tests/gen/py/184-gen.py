# gen.py 184 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v1 = [i * 6 for i in range(10)]
v2 = C1(-2006)
o3 = C1(len(v1))
o4 = C1(-69160)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
v1.reverse()
def g1(n):
    for i in range(n):
        yield i * 2
v5 = "abc123"
print(len(gc.get_referents(v1)))
v6 = set()
v6.discard(38)
del v5
v6.add(4)
r7 = f1(71912)
print(r7)
print(list(g1(2)))
v8 = b""
acc9 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
print(sys.getrefcount(v6))
v10 = -2.25
print(len(v6))
r11 = f1(900000000000000000000671)
print(r11)
v12 = b""
print(sorted(v6))
v6.discard(30)
acc9.extend(range(9))
def g2(n):
    for i in range(n):
        yield i * 4
o13 = C1(134)
o14 = C1(1000000000000000000000000000000000000000000000000000000000779)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
print(v10)
v10 = 1e10
print(gc.is_tracked(o14))
print(sum(x * x for x in range(27)))
x1 = 257
x2 = 257
print(x1 is x2)
print(sum(g2(7)), max(g2(3), default=-1))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(o14.a, o14.total())
o15 = C2(-33767)
o16 = C2(195)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
acc17 = []
for i in range(14):
    acc17.append([i])
print(len(acc17), acc17[-3:])
v18 = 192
print(gc.collect())
