# gen.py 70 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
v1 = "spam eggs"
acc2 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
if acc2:
    acc2[0] = v1[3:9]
v3 = 1e10
v4 = (3.141592653589793, v3 * 0.0, 2.5e-3, 32, 0.1)
print(sys.getrefcount(acc2))
v5 = ()
print(gc.collect())
v6 = b"a"
v7 = (97230, 67716, 2.5e-3)
v8 = v3 * 2.5e-3
print(v8)
v9 = {88, 67, -2, 96, 93}
t10 = {i: i * i for i in range(7)}
t11 = id(t10)
del t10
t12 = {-7: 189, 235: -30113, 111: 1554009039, 219: 500000000000000000000000000000000000000000000000000000000249}
print(id(t12) == t11)
print(gc.is_tracked(v8))
alias13 = v6
print(alias13 is v6, id(alias13) == id(v6))
alias13 = v6[1:]
acc2.append("a")
o14 = C1(34)
o15 = C1(255)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
r16 = f1(len(v4), -58559, len(v1))
print(r16)
acc2.reverse()
print(sys.getsizeof(v1))
print(type(v4).__name__)
v17 = v1.split()
v18 = C1(200)
if v17:
    print(v17.pop())
v19 = []
o20 = C1(173)
o21 = C1(-36123)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
print(v8)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v22 = f"<{v8}>"
print(len(v9))
v23 = {113: 1710336543, 222: len(v17), 64: 1000000000000000000000000000000000000000062}
def g1(n):
    for i in range(n):
        yield i * 1
print(type(v8).__name__)
v24 = -1
v25 = bytes(2)
print(gc.collect())
