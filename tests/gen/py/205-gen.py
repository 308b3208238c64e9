# gen.py 205 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "tab\t"
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
    acc = tuple(acc)
    return acc
v1 = [500000000000000000000000000000000000641, 11531, 1256779218, 3018, 60000000000000000000000489]
print(gc.is_tracked(v1))
v2 = -2.25
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
if v1:
    print(v1.pop())
c3 = make_counter1()
print(c3(), c3(6), c3())
print(v2)
print(gc.is_tracked(v2))
v1.insert(1, 20000000000000000000000000000000471)
print(sys.getsizeof(v2))
acc4 = []
i = 0
while i < 23:
    if i % 4 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
del acc4[:1]
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
o5 = C1(134)
o6 = C1(-34924)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
v1.insert(1, 37)
print(v1)
o7 = C2(60000000000000000000000000000000000000943)
o8 = C2(5000000000000000000000000000000522)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
v1.extend(range(8))
print(gc.is_tracked(v1))
v9 = C1(32)
def g1(n):
    for i in range(n):
        yield i * 2
acc10 = []
i = 0
while i < 23:
    if i % 4 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
o11 = C2(606810404)
o12 = C2(888996789)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v13 = -9332
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
v14 = v13 / 7
print(v13 is v13 + 0, v13 == v13 + 0)
print(v13 is v13 + 0, v13 == v13 + 0)
alias15 = v1
print(alias15 is v1, id(alias15) == id(v1))
print(alias15)
acc16 = []
i = 0
while i < 1:
    if i % 4 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
print(v13 is v13 + 0, v13 == v13 + 0)
t17 = acc4 + [v13 % 97]
t18 = id(t17)
del t17
t19 = alias15[:]
print(id(t19) == t18)
v20 = 8000000000000000000000000000000000000877
v14 = 100.0
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
o21 = C2(v13 * -1)
o22 = C2(25610)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
v23 = C1(v13 * -3)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
