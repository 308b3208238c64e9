# gen.py 166 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = C1(16517)
print(sys.getsizeof(v1))
o2 = C1(50000000000000000000000000000533)
o3 = C1(234)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = (1e10, 0.1, 19587632, "中文")
c5 = make_counter1()
print(c5(), c5(6), c5())
print(type(v4).__name__)
o6 = C1(14844)
o7 = C1(-46298)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = (96,)
v9 = [i * 3 for i in range(11)]
r10 = f1()
print(r10)
v11 = C1(88)
v9.insert(-1, 67)
o12 = C1(252)
o13 = C1(191)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
v14 = C1(10000000000000000000000000000000000338)
x1 = ()
x2 = ()
print(x1 is x2)
c15 = make_counter1()
print(c15(), c15(8), c15())
print(o3.a, o3.total())
print(v8)
v9.append(89132)
print(sys.getrefcount(v11))
print(sys.getsizeof(v14))
v14 = C1(39561)
c16 = make_counter1()
print(c16(), c16(4), c16())
acc17 = []
for i in range(17):
    acc17.append(i)
print(len(acc17), acc17[-3:])
print(gc.is_tracked(v9))
c18 = make_counter1()
print(c18(), c18(9), c18())
if acc17:
    acc17[0] = "UPPER"
v4 = tuple(v9)
r19 = f1()
print(r19)
v20 = {i % 5 for i in range(30)}
acc21 = []
for i in range(5):
    acc21.append((i, i))
print(len(acc21), acc21[-3:])
print(sys.getsizeof(v8))
v20.discard(47)
print(len(v20))
v22 = repr(acc21)
print(gc.collect())
