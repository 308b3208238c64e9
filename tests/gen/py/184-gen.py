# gen.py 184 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v1 = [i * 6 for i in range(10)]
v2 = 0.0
acc3 = []
for i in range(19):
    acc3.append({i: i})
print(len(acc3), acc3[-3:])
print(acc3)
del acc3[:3]
alias4 = acc3
print(alias4 is acc3, id(alias4) == id(acc3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(gc.get_referents(alias4)))
print(v2)
def g1(n):
    for i in range(n):
        yield i * 2
v5 = [len(v1), -17532, -78202, -42495, 222, len(v1), 10000000000000000000000000000000000000000000000000000000934]
v6 = "xxxxxx"
acc7 = []
for i in range(23):
    acc7.append(i)
print(len(acc7), acc7[-3:])
print(sys.getrefcount(acc3))
v8 = -2.25
print(len(v6))
r9 = f1(900000000000000000000671)
print(r9)
v10 = C1(-5830)
if alias4:
    print(alias4.pop())
del v6
print(v1)
del alias4
v1.reverse()
print(acc7)
alias11 = v8
print(alias11 is v8, id(alias11) == id(v8))
print(type(v10).__name__)
v1.append(224)
print(type(v2).__name__)
print(sys.getsizeof(v2))
del v5[:3]
print(type(v10).__name__)
r12 = f1(100)
print(r12)
c13 = make_counter1()
print(c13(), c13(8), c13())
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v1.insert(-1, len(acc7))
r14 = f1(len(v1))
print(r14)
v15 = set(range(12))
print(gc.is_tracked(acc3))
print(gc.collect())
