# gen.py 173 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
r1 = f1()
print(r1)
r2 = f1()
print(r2)
v3 = 155
v4 = [v3 ** 2, 200000000000000000000000197, v3 % 10, v3 % 10]
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v4))
print(sys.getsizeof(v4))
v5 = {40: len(v4), 65: v3 ** 4, 257: v3 * 1, 13: v3 // 3, 291: 900000000000000000000000000000000000000000000000000000000281, 68: len(v4)}
alias6 = v4
print(alias6 is v4, id(alias6) == id(v4))
v7 = 100.0
v8 = dict(k0=v3 % 5, k1=len(v5), k2=v3 * -2)
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v10 = {100, 32, 28, 46}
print(type(acc9).__name__)
v11 = C1(226)
del r2
print(len(gc.get_referents(acc9)))
alias12 = v7
print(alias12 is v7, id(alias12) == id(v7))
print(gc.is_tracked(alias6))
acc9 = [[j] * 2 for j in range(3)]
print(sorted(v10))
v13 = set(range(16))
r14 = f1()
print(r14)
v15 = "-".join(str(e) for e in alias6)
alias12 = v3 / 7
v5 = dict()
v13.discard(24)
v16 = v3 / 2
v17 = dict(k0=-32180)
print(gc.is_tracked(v7))
print(acc9)
v13.discard(31)
print(v4)
v17.update({"k0": 0})
v18 = 10000000000000000000000000000000000000909
def g1(n):
    for i in range(n):
        yield i * 2
v19 = ()
v8["k5"] = v18 * 0
print(gc.collect())
