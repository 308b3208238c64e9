# gen.py 131 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r1 = f1()
print(r1)
r2 = f1()
print(r2)
def g1(n):
    for i in range(n):
        yield i * 4
v3 = 57356
v4 = "  pad  "
print(len(v4))
v4 = v4[0:8]
r5 = f1()
print(r5)
acc6 = []
for i in range(20):
    acc6.append(i * 1000)
print(len(acc6), acc6[-3:])
del r1
v7 = {44, 99, 53, 13, 30, 98, 41}
print(v3)
print(v3)
print(sys.getsizeof(acc6))
v8 = C2(v3 ** 3)
v3 = len(acc6)
v9 = set()
v10 = (807.40, "Hello World", 1617982183, 100.0, "a", repr(acc6))
o11 = C2(v3 + 665268029)
o12 = C2(v3 ** 3)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v13 = C1(v3 ** 2)
acc14 = []
for i in range(5):
    acc14.append([i])
print(len(acc14), acc14[-3:])
v15 = float(v3)
v16 = 1.5
v17 = {}
v15 = -2.25
print(v17.pop("k0", None))
del acc14
print(sys.getsizeof(v7))
print(v17.pop("k1", None))
print(gc.is_tracked(v10))
alias18 = v9
print(alias18 is v9, id(alias18) == id(v9))
acc19 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
print(gc.collect())
