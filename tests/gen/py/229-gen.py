# gen.py 229 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v12 = C1(223)
v13 = 3.141592653589793
del o2
print(len(alias11))
alias14 = v13
print(alias14 is v13, id(alias14) == id(v13))
print(gc.is_tracked(v3))
o15 = C1(900000000000000000846)
o16 = C1(35)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v17 = C1(1485097387)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v4
del v6
v18 = tuple(acc9)
t19 = "line\n"
t20 = id(t19)
del t19
t21 = str(v5)
print(id(t21) == t20)
print(type(v13).__name__)
t21 = v7[3:8]
r22 = f1(4000000000000000000000288, 181, 90000000000000000000000000448)
print(r22)
alias11.extend(range(2))
v23 = 393.65
print(gc.collect())
