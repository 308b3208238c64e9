# gen.py 199 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = C2(40000000000000000000000000000000000000000000000148)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
acc2 = []
for i in range(11):
    acc2.append((i, i))
print(len(acc2), acc2[-3:])
print(gc.is_tracked(acc2))
print(acc2)
v3 = 542799721
acc4 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(v3 is v3 + 0, v3 == v3 + 0)
acc2.extend(range(9))
v5 = set(range(5))
print(v3 is v3 + 0, v3 == v3 + 0)
print(v3 is v3 + 0, v3 == v3 + 0)
del v1
r6 = f1(1151434506, len(acc2))
print(r6)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(len(acc4))
acc7 = []
i = 0
while i < 7:
    if i % 2 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
acc2.extend(range(5))
print(sys.getrefcount(acc4))
print(sys.getrefcount(acc4))
r8 = f1(v3 + 19648, v3 % 5)
print(r8)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(acc7))
v9 = "tab\t"
v10 = v3 % 97
acc11 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
v5.discard(3)
v12 = v3 // 2
print(8 in v5)
del r8
r13 = f1(v10 * -2, v10 + 48008)
print(r13)
print(15 in v5)
r14 = f1(v12 + 104, 194)
print(r14)
print(len(acc11))
if acc11:
    acc11[0] = f"<{v10}>"
print(gc.is_tracked(v3))
acc15 = []
for i in range(3):
    acc15.append([i])
print(len(acc15), acc15[-3:])
r16 = f1(16, v3 * -1)
print(r16)
alias17 = v5
print(alias17 is v5, id(alias17) == id(v5))
print(gc.collect())
