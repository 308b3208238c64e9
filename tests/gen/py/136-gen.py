# gen.py 136 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "xxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = 138
v2 = b"hello"
v3 = -v1
print(len(v2))
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(acc4)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
alias5 = v2
print(alias5 is v2, id(alias5) == id(v2))
print(len(alias5))
alias6 = acc4
print(alias6 is acc4, id(alias6) == id(acc4))
r7 = f1()
print(r7)
v8 = dict(k0=v3 % 97, k1=213, k2=len(acc4), k3=-v1, k4=v3 ** 5)
print(acc4)
r9 = f1()
print(r9)
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias6.append("b")
del v2
o10 = C2(v1 ** 2)
o11 = C2(v3 ** 4)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(alias5)
def g1(n):
    for i in range(n):
        yield i * 3
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
print(v1 is v1 + 0, v1 == v1 + 0)
v13 = [i * 8 for i in range(8)]
print(v1 is v1 + 0, v1 == v1 + 0)
print(v3 is v3 + 0, v3 == v3 + 0)
print(gc.is_tracked(acc12))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v13.extend(range(9))
del r7
print(v3 is v3 + 0, v3 == v3 + 0)
v14 = {i % 8 for i in range(13)}
v15 = [i * 9 for i in range(3)]
v16 = v14 ^ v14
v17 = [v1 * -3, v3 % 5]
r18 = f1()
print(r18)
print(type(v16).__name__)
print(gc.collect())
