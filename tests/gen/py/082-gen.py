# gen.py 82 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = {i % 2 for i in range(6)}
v2 = 2.5e-3
del v1
del v2
v3 = [-73688, "  pad  "]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v3))
print(sys.getrefcount(v3))
print(v3)
print(len(v3))
v4 = 0.0
c5 = make_counter1()
print(c5(), c5(5), c5())
v3.reverse()
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r6 = f1(203)
print(r6)
v3.append("a-b-c")
o7 = C1(6000000000000000000000000000000680)
o8 = C1(18)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc9 = []
i = 0
while i < 21:
    if i % 3 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
print(type(acc9).__name__)
print(sys.getsizeof(v4))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v10 = v4 * 2.5e-3
print(gc.is_tracked(v4))
del v3[:3]
if acc9:
    print(acc9.pop())
print(gc.is_tracked(v3))
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(len(acc9))
alias11 = v4
print(alias11 is v4, id(alias11) == id(v4))
v12 = ()
print(sys.getsizeof(v10))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(v10)
alias11 = 0.0
v13 = 14573
v14 = {45}
t15 = repr(v4)
t16 = id(t15)
del t15
t17 = "tab\t"
print(id(t17) == t16)
print(gc.collect())
