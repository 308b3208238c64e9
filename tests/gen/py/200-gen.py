# gen.py 200 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(4000000000000000000000000000663, -92582)
print(r1)
v2 = 0.1
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
v3 = "  pad  "
v4 = [40000000000000000000000000000000000000000000000000000000767]
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r5 = f1(len(v3), 157)
print(r5)
print(gc.is_tracked(v4))
del v4[:2]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v4.extend(range(8))
print(gc.is_tracked(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = -15694
v7 = (v6 % 2,)
c8 = make_counter1()
print(c8(), c8(8), c8())
del v2
v9 = [i * 5 for i in range(12)]
v6 = len(v3)
r10 = f1(v6 // 1, len(v4))
print(r10)
r11 = f1(v6 + 220, v6 + 5)
print(r11)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v9))
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
del r1
v12 = v4 + [171]
if v12:
    v12[0] = v3 + "tab\t"
r13 = f1(v6 % 97, v6 ** 2)
print(r13)
print(sys.getsizeof(v4))
v12.append(-v6)
del v4
print(type(v9).__name__)
acc14 = []
for i in range(3):
    acc14.append(i * 1000)
print(len(acc14), acc14[-3:])
del v9[:3]
t15 = "UPPER"
t16 = id(t15)
del t15
t17 = str(v6)
print(id(t17) == t16)
del v12
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
acc18 = []
for i in range(10):
    acc18.append(str(i))
print(len(acc18), acc18[-3:])
if acc18:
    acc18[0] = t17.capitalize()
print(gc.collect())
