# gen.py 285 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "a"
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
    acc = tuple(acc)
    return acc
v1 = -97439
print(sys.getsizeof(v1))
v2 = C2(v1 ** 3)
v2 = C1(-v1)
del v2
t3 = [v1 % 5, -v1, v1 % 97]
t4 = id(t3)
del t3
t5 = [-v1, v1 * 0, -v1, v1 * 1]
print(id(t5) == t4)
if t5:
    t5[0] = "hello"
alias6 = v1
print(alias6 is v1, id(alias6) == id(v1))
print(len(gc.get_referents(t5)))
print(type(alias6).__name__)
print(sys.getsizeof(t5))
print(sys.getsizeof(v1))
print(sys.getsizeof(alias6))
def g1(n):
    for i in range(n):
        yield i * 1
alias7 = t5
print(alias7 is t5, id(alias7) == id(t5))
print(sys.getrefcount(t5))
print(list(g1(3)))
r8 = f1(alias6 * 5)
print(r8)
print(sys.getsizeof(t5))
acc9 = []
for i in range(3):
    acc9.append([i])
print(len(acc9), acc9[-3:])
print(sys.getrefcount(alias7))
print(sys.getsizeof(t5))
print(sum(x * x for x in range(16)))
print(sys.getsizeof(alias6))
v10 = "café"
print(sys.getsizeof(alias7))
v11 = 1e10
print(v1 is v1 + 0, v1 == v1 + 0)
print(sys.getsizeof(v11))
acc9.extend(range(5))
v12 = dict(k0=-alias6, k1=len(v10), k2=len(t5))
acc9.extend(range(0))
v11 = v1 / 2
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(alias6)
r13 = f1(alias6 ** 5)
print(r13)
r14 = f1(160)
print(r14)
print(v1)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.collect())
