# gen.py 267 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
v1 = [300000000000000000000000000000000000000000000000000479, 160, 168, 800000000000000000000000000000000000000000000000000000989, 6000000000000000000000000000000000000000000000389, 12266, 91, 500000000000000000000000000000000000000850, 500000000000000000000000000000000000000000000000000000573]
v1.reverse()
print(sys.getrefcount(v1))
print(gc.is_tracked(v1))
print(sys.getrefcount(v1))
v2 = tuple(v1)
if v1:
    print(v1.pop())
v2 = ()
t3 = 1.5
t4 = id(t3)
del t3
t5 = 1e10
print(id(t5) == t4)
print(t5)
v6 = ()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = [967823965, -29482, 1000769160, 15950, 119]
def g1(n):
    for i in range(n):
        yield i * 5
v7 = b"\x00\xff"
print(sum(x * x for x in range(7)))
del v1[:3]
x1 = ()
x2 = ()
print(x1 is x2)
v7 = v7[1:]
del t5
v8 = {i: i * i for i in range(11)}
del v6
c9 = make_counter1()
print(c9(), c9(9), c9())
print(gc.is_tracked(v7))
del v8
print(gc.is_tracked(v2))
acc10 = []
for i in range(10):
    acc10.append(str(i))
print(len(acc10), acc10[-3:])
print(sys.getsizeof(acc10))
acc10.append(105)
c11 = make_counter1()
print(c11(), c11(4), c11())
print(gc.is_tracked(acc10))
if acc10:
    acc10[0] = "spam eggs"
o12 = C1(1125438094)
o13 = C1(226)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
o14 = C1(92554)
o15 = C1(20000000000000000000000000000000000000000000000000306)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
r16 = f1(len(v2), len(v2))
print(r16)
print(gc.is_tracked(v2))
v1.extend(range(0))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
