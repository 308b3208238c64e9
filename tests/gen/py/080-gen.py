# gen.py 80 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(3):
        acc.append(i)
    return acc
v1 = bytes(5)
v2 = "ü"
v3 = {i: i * i for i in range(10)}
v4 = v2[2:2]
v5 = [[j] * 0 for j in range(3)]
del v5[:2]
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
alias6 = v4
print(alias6 is v4, id(alias6) == id(v4))
print(gc.is_tracked(v1))
v7 = 131
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
v8 = dict(k0=v7 // 2, k1=v7 ** 3, k2=v7 * -1)
print(len(alias6))
print(v7 is v7 + 0, v7 == v7 + 0)
print(len(gc.get_referents(v5)))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(alias6))
acc9 = []
for i in range(0):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
v10 = {144: -v7, 284: v7 * 0, 56: v7 // 1}
print(gc.is_tracked(v1))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v11 = v7 / 3
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(len(v4))
acc9.reverse()
v10[7] = "€"
print(type(v11).__name__)
o12 = C2(len(v8))
o13 = C2(v7 // -4)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
r14 = f1(v7 * 2, -33019, len(v5))
print(r14)
alias15 = v7
print(alias15 is v7, id(alias15) == id(v7))
v3 = {"k0": v4[3:9], "k1": len(alias6)}
v7 = alias15 * 3
if acc9:
    print(acc9.pop())
print(type(o12).__name__)
v16 = v11 * 1.5
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.is_tracked(alias15))
print(gc.collect())
