# gen.py 219 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v10 = 93313
o11 = C1(-v10)
o12 = C1(v10 + -8576)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
if acc5:
    acc5[0] = "snake_case"
print(acc3)
t13 = (v4 ** 2,)
t14 = id(t13)
del t13
t15 = (2.5e-3, "snake_case", v4 * 1, v4 // 2)
print(id(t15) == t14)
print(type(t15).__name__)
c16 = make_counter1()
print(c16(), c16(4), c16())
o17 = C2(len(t15))
o18 = C2(v10 * 2)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(type(t15).__name__)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v10))
print(gc.collect())
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v19 = 152
print(len(gc.get_referents(acc5)))
alias20 = t15
print(alias20 is t15, id(alias20) == id(t15))
v21 = float(v4)
print(gc.collect())
