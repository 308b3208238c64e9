# gen.py 205 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
acc4 = acc4 + [-98283]
v9 = "a"
v10 = C1(51)
print(sys.getsizeof(v2))
print(sys.getsizeof(v10))
if v1:
    v1[0] = "中文"
v11 = set(range(11))
print(type(v10).__name__)
v1.extend(range(2))
print(gc.is_tracked(v9))
print(sys.getsizeof(v11))
c12 = make_counter1()
print(c12(), c12(3), c12())
v13 = 8000000000000000000000000000000000000877
v2 = 100.0
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
o14 = C2(v13 * -1)
o15 = C2(25610)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = v13 / 2
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r17 = f1(v13 + 133)
print(r17)
print(gc.collect())
