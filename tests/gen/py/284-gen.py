# gen.py 284 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = "snake_case"
v2 = [len(v1), -92445, 180, 164, 405762446, 250, 1467239845, len(v1)]
x1 = -6
x2 = -6
print(x1 is x2)
v1 = repr(v2)
v2.insert(0, 38648)
v3 = 1e10
v4 = {}
print(v4)
t5 = tuple(v2)
t6 = id(t5)
del t5
t7 = (2000000000000000000000000000000835, 0.1, str(v3))
print(id(t7) == t6)
v8 = C1(87)
v4[10] = list(range(6))
r9 = f1(58, -45579)
print(r9)
print(v2)
print(type(v2).__name__)
print(sys.getrefcount(v2))
acc10 = []
for i in range(21):
    acc10.append(i * 1000)
print(len(acc10), acc10[-3:])
v11 = (3.141592653589793, v1.replace("l", "L"), 3.141592653589793, 0.1, len(v2), "ü")
o12 = C1(97)
o13 = C1(96)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
del v8
print(type(v3).__name__)
v14 = len(acc10)
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
t15 = [v14 ** 4, v14 % 5]
t16 = id(t15)
del t15
t17 = [v14 % 2]
print(id(t17) == t16)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
if v2:
    print(v2.pop())
o18 = C1(v14 + 115)
o19 = C1(-v14)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
v20 = 100.0
v4 = {i: i * i for i in range(3)}
v21 = {i % 9 for i in range(19)}
acc22 = []
i = 0
while i < 0:
    if i % 3 == 0:
        acc22.append(i)
    i += 1
print(len(acc22), acc22[-3:])
t23 = v1[0:9]
t24 = id(t23)
del t23
t25 = v1.swapcase()
print(id(t25) == t24)
del v20
print(v14 is v14 + 0, v14 == v14 + 0)
v26 = {192: -v14, 15: v14 + 22469, 145: len(acc22), 58: v14 % 97, 132: -v14, 267: -v14, 16: v14 ** 4}
v27 = v14 / 7
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v28 = C1(v14 + -58738)
print(sys.getsizeof(v1))
print(gc.collect())
