# gen.py 173 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v11 = bytes(16)
alias12 = v10
print(alias12 is v10, id(alias12) == id(v10))
acc13 = []
i = 0
while i < 14:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
print(len(gc.get_referents(acc9)))
alias14 = v7
print(alias14 is v7, id(alias14) == id(v7))
print(gc.is_tracked(alias6))
alias6 = [[j] * 2 for j in range(3)]
del r1
v15 = set(range(16))
r16 = f1()
print(r16)
v17 = "-".join(str(e) for e in acc13)
v18 = C1(v3 // 2)
acc9.extend(range(4))
v5 = dict()
v10.discard(1)
v19 = C1(v3 * -3)
print(type(alias14).__name__)
v15.discard(15)
r20 = f1()
print(r20)
if alias6:
    print(alias6.pop())
x1 = 1000
x2 = 1000
print(x1 is x2)
alias12.discard(31)
print(v5)
if acc13:
    acc13[0] = "€"
print(gc.collect())
