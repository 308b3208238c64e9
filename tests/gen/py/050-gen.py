# gen.py 50 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
v1 = 3.141592653589793
v2 = set(range(2))
v2.add(14)
v2.discard(44)
v3 = [[j] * 3 for j in range(1)]
print(sys.getsizeof(v3))
v4 = {49, 61, 99, 63, 99, 81, 11, 58}
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
t5 = ()
t6 = id(t5)
del t5
t7 = (1.5, len(v3), 19, -69506, "  pad  ")
print(id(t7) == t6)
v8 = {i: i * i for i in range(12)}
v9 = b"hello"
print(sys.getsizeof(v2))
print(v1)
v10 = "a-b-c"
alias11 = v4
print(alias11 is v4, id(alias11) == id(v4))
print(len(gc.get_referents(v8)))
print(gc.collect())
v9 = b"zzzzzzzzzzzzz"
x1 = ()
x2 = ()
print(x1 is x2)
v2.add(34)
del t7
v12 = 100.0
v13 = C1(148)
r14 = f1(len(v10))
print(r14)
o15 = C1(len(v3))
o16 = C1(147)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
v17 = C1(136)
v18 = (100.0, 65087, 66725)
print(sys.getsizeof(v17))
print(gc.is_tracked(o16))
r19 = f1(177)
print(r19)
v3 = v3[:]
v20 = tuple(v3)
alias11.add(6)
v21 = {173: 1344105370}
v13 = C2(9000000000000000000000000000000000000000000000000882)
print(sys.getsizeof(v8))
v22 = v9[1:]
print(gc.collect())
