# gen.py 42 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = 114
v2 = C1(v1 % 97)
v3 = "Hello World"
v4 = 2.5e-3
v5 = b""
def g1(n):
    for i in range(n):
        yield i * 5
v6 = [i * 4 for i in range(0)]
v7 = v3.split()
if v6:
    print(v6.pop())
v6.reverse()
print(sys.getrefcount(v6))
def g2(n):
    for i in range(n):
        yield i * 2
t8 = float(v1)
t9 = id(t8)
del t8
t10 = v4 * 2.5e-3
print(id(t10) == t9)
v7.append(v1 % 97)
v7.extend(range(4))
v11 = [v1 // -4, v1 * -3, v1 // 2, v1 * 3, 500000000000000000000000000000000000000000000000000881]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = C1(len(v11))
print(gc.is_tracked(v11))
print(v11)
print(sum(g1(5)), max(g1(1), default=-1))
alias12 = v6
print(alias12 is v6, id(alias12) == id(v6))
del v2
v13 = {}
print(gc.collect())
v14 = bytes(4)
t15 = str(t10)
t16 = id(t15)
del t15
t17 = "tab\t"
print(id(t17) == t16)
r18 = f1(v1 % 2, v1 + 988335251)
print(r18)
v19 = v1 / 2
v20 = C1(62)
print(sys.getsizeof(v19))
acc21 = []
for i in range(6):
    acc21.append(i)
print(len(acc21), acc21[-3:])
c22 = make_counter1()
print(c22(), c22(7), c22())
r23 = f1(v1 + -95705, v1 % 5)
print(r23)
print(sys.getsizeof(alias12))
v24 = set()
print(gc.collect())
