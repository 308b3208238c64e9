# gen.py 277 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
v1 = b"a"
v2 = 40000000000000000000473
print(sys.getsizeof(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v2 is v2 + 0, v2 == v2 + 0)
acc3 = []
for i in range(1):
    acc3.append(i)
print(len(acc3), acc3[-3:])
if acc3:
    print(acc3.pop())
o4 = C1(v2 // 7)
o5 = C1(-v2)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
v6 = 2.5e-3
r7 = f1(-v2)
print(r7)
acc3.insert(2, 50396)
acc3.append(v2 ** 5)
del o5
acc3.extend(range(9))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
c8 = make_counter1()
print(c8(), c8(1), c8())
print(v2 is v2 + 0, v2 == v2 + 0)
print(len(v1))
o9 = C1(v2 % 2)
o10 = C1(-v2)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
r11 = f1(v2 ** 3)
print(r11)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc3.append("ü")
acc3.append(54)
print(gc.is_tracked(v1))
print(gc.collect())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v12 = ()
r13 = f1(v2 ** 5)
print(r13)
v14 = bytes(18)
v15 = C1(169)
print(sys.getrefcount(o9))
def g1(n):
    for i in range(n):
        yield i * 5
del r7
x1 = -6
x2 = -6
print(x1 is x2)
print(gc.collect())
