# gen.py 22 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = [7000000000000000000590, 1133753250, 25178, 262731330, 1438011601]
del v1[:1]
print(sys.getrefcount(v1))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v2 = {108: -68062, 183: -74086, 183: -75693, 250: 41}
v1.insert(1, 117)
v1.append("  pad  ")
if v1:
    print(v1.pop())
v1.insert(-2, 300000000000000000000000000000000000000000000000000000000756)
print(v1)
print(v2)
v3 = b""
t4 = (1e10, 251)
t5 = id(t4)
del t4
t6 = (82,)
print(id(t6) == t5)
def g1(n):
    for i in range(n):
        yield i * 5
acc7 = []
i = 0
while i < 22:
    if i % 3 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
v8 = 1.5
x1 = -6
x2 = -6
print(x1 is x2)
print(len(v1))
v9 = b""
t10 = {84: -6697, 217: len(v2)}
t11 = id(t10)
del t10
t12 = {i: i * i for i in range(4)}
print(id(t12) == t11)
v13 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v14 = v3[1:]
v15 = acc7[:]
t12 = {}
o16 = C1(1555075101)
o17 = C1(len(v15))
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
print(len(t6))
print(type(v13).__name__)
v15.insert(3, 92)
del v9
v1.insert(3, 77)
v18 = 31182
v19 = []
v20 = v8 * 1.5
print(len(v14))
t12.update({8: 5})
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = v15 * 1
acc7.append(v13 * 3)
print(v2.pop(4, None))
acc7.extend(range(6))
print(gc.collect())
