# gen.py 229 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
o1 = C1(50000000000000000000519)
o2 = C1(115)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
v3 = ()
v4 = [40019, -85075, 222, len(v3), 6000000000000000000000000000000000000000000000000000000000939, 57, 700000000000000000000000000000000000990, -82309, 148]
print(sys.getsizeof(v4))
print(gc.collect())
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
print(gc.collect())
v5 = 3.141592653589793
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = {i % 2 for i in range(5)}
print(len(v6))
v7 = f"<{v5}>"
c8 = make_counter1()
print(c8(), c8(2), c8())
print(type(o1).__name__)
acc9 = []
for i in range(8):
    acc9.append(i * 1000)
print(len(acc9), acc9[-3:])
c10 = make_counter1()
print(c10(), c10(3), c10())
print(type(acc9).__name__)
v4 = [i * 7 for i in range(4)]
alias11 = v4
print(alias11 is v4, id(alias11) == id(v4))
v12 = b"hello"
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r13 = f1(36, 60, 117)
print(r13)
v14 = bytes(20)
v4.reverse()
o15 = C1(1553485175)
o16 = C1(900000000000000000846)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
print(sys.getsizeof(alias11))
alias17 = v12
print(alias17 is v12, id(alias17) == id(v12))
del v12
o18 = C1(172)
o19 = C1(245)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
print(type(acc9).__name__)
v20 = tuple(v4)
t21 = "a"
t22 = id(t21)
del t21
t23 = v7 * 1
print(id(t23) == t22)
del v4
t23 = v7[3:8]
r24 = f1(4000000000000000000000288, 181, 90000000000000000000000000448)
print(r24)
acc9.extend(range(2))
v25 = 393.65
print(gc.collect())
