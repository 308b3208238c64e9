# gen.py 123 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v13 = C1(1658914629)
v14 = b"\x00\xff"
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(o7.a, o7.total())
print(len(v11))
t15 = repr(acc5)
t16 = id(t15)
del t15
t17 = v1[1:7]
print(id(t17) == t16)
print(o7.a, o7.total())
alias18 = v4
print(alias18 is v4, id(alias18) == id(v4))
t19 = acc2 * 1
t20 = id(t19)
del t19
t21 = [30000000000000000000000000000000000000000000000000138, 70000000000000000263, 52137, -2, 91454]
print(id(t21) == t20)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
r22 = f1(47268, 99047, -8441)
print(r22)
v11.add(35)
v11.add(18)
v23 = ()
print(gc.collect())
