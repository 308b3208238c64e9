# gen.py 219 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
v1 = "a"
v2 = {247: 600000000000000000000000000000000000000377, 146: 1, 43: len(v1), -14: 17, 163: 11810, 20: -81634, 63: 197}
v2["k0"] = repr(v2)
print(gc.is_tracked(v1))
print(len(v1))
def g1(n):
    for i in range(n):
        yield i * 5
v2.update({"k1": 3})
acc3 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
v4 = 32
del v1
acc5 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
v6 = 0.1
o7 = C2(-v4)
o8 = C2(v4 + 111)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v4))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r9 = f1()
print(r9)
acc5.reverse()
print(len(acc3))
print(gc.is_tracked(v4))
print(sys.getsizeof(v4))
print(type(acc3).__name__)
v10 = C1(93313)
o11 = C1(-v4)
o12 = C1(v4 + -8576)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
if acc5:
    acc5[0] = "ü"
print(sys.getsizeof(v2))
print(len(acc5))
if acc5:
    print(acc5.pop())
print(acc5)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v13 = (v4 ** 4,)
del acc3[:2]
print(sys.getsizeof(v4))
r14 = f1()
print(r14)
print(acc3)
print(type(v2).__name__)
print(len(acc3))
print(sys.getsizeof(v10))
print(v10.a, v10.total())
print(gc.collect())
