# gen.py 123 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2=0):
    acc = [p0, p1, p2]
    return acc
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v1 = "line\n"
print(v1)
acc2 = []
for i in range(24):
    acc2.append(i * 1000)
print(len(acc2), acc2[-3:])
acc2.append(v1 * 0)
v3 = v1 + "UPPER"
print(gc.is_tracked(acc2))
v4 = (1354044933,)
def g1(n):
    for i in range(n):
        yield i * 5
acc5 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
o6 = C1(49346)
o7 = C1(244)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(len(v3))
r8 = f1(91, -1938, 69986)
print(r8)
print(sum(g1(8)), max(g1(3), default=-1))
print(sys.getsizeof(acc2))
r9 = f1(0, 40000000000000000262, -57177)
print(r9)
v10 = 2.5e-3
v11 = set(range(17))
acc5.insert(-2, -54530)
v12 = v3 * 1
print(gc.is_tracked(acc2))
def g2(n):
    for i in range(n):
        yield i * 5
v11.discard(9)
print(sum(x * x for x in range(11)))
v13 = {65: 8390, 212: -59203, 135: 76, 247: 900000000000000000000000000000000000000000000000000140, 155: 183, 95: 134}
print(len(v4))
print(o7.a, o7.total())
alias14 = v4
print(alias14 is v4, id(alias14) == id(v4))
t15 = {287: 169}
t16 = id(t15)
del t15
t17 = {227: -3956, 275: 52137, 236: 25600719, 287: 91454, 6: 6000000000000000000000000000000000000000000000000000000000876, 195: -28646, 155: 190}
print(id(t17) == t16)
v18 = {17, 66, 43, 42, 3}
v19 = ()
v20 = set(range(14))
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v19))
print(len(gc.get_referents(o6)))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(v13)))
v21 = v1 + "中文"
print(gc.collect())
