# gen.py 176 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    return acc
def g1(n):
    for i in range(n):
        yield i * 3
print(list(g1(0)))
v1 = ("ü", "中文", 3.141592653589793, 1e10)
v2 = (-13111, "a", -43602, repr(v1))
v3 = 125
print(type(v2).__name__)
print(v3 is v3 + 0, v3 == v3 + 0)
print(sys.getsizeof(v3))
print(sys.getsizeof(v3))
print(type(v3).__name__)
print(type(v2).__name__)
v4 = v3 / 7
v5 = bytes(0)
acc6 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
print(len(v1))
t7 = "-".join(str(e) for e in v1)
t8 = id(t7)
del t7
t9 = ""
print(id(t9) == t8)
acc6.extend(range(5))
if acc6:
    print(acc6.pop())
alias10 = v5
print(alias10 is v5, id(alias10) == id(v5))
acc6.extend(range(7))
r11 = f1(v3 % 10)
print(r11)
acc12 = []
for i in range(11):
    acc12.append(i)
print(len(acc12), acc12[-3:])
print(len(t9))
print(gc.is_tracked(v5))
print(gc.collect())
print(v3)
v13 = {87: v3 + 30000000000000000000000000000000000000000000000000000000241, 129: 238, 12: 90000000000000000157, 259: 41, -3: v3 % 5, 78: len(v2), 182: 87202}
print(v4)
acc6 = [v3 + 12788, v3 * 7, len(v2), 4000000000000000000000189, -v3, v3 ** 2]
v14 = [170, v3 ** 2, 41855, v3 // 3, v3 % 10]
acc12.insert(2, v3 + 1297111470)
o15 = C1(v3 % 2)
o16 = C1(v3 % 10)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
v17 = v5[1:]
v18 = -v3
r19 = f1(-93628)
print(r19)
del r11
acc20 = []
for i in range(23):
    acc20.append({i: i})
print(len(acc20), acc20[-3:])
if v14:
    print(v14.pop())
print(sys.getsizeof(v4))
print(sum(g1(3)), max(g1(2), default=-1))
print(gc.collect())
