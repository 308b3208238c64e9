# gen.py 97 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(5):
        acc.append(i)
    return acc
v1 = 80000000000000000000000841
print(sys.getsizeof(v1))
acc2 = []
for i in range(17):
    acc2.append(str(i))
print(len(acc2), acc2[-3:])
acc2 = [i * 3 for i in range(12)]
x1 = 1000
x2 = 1000
print(x1 is x2)
r3 = f1()
print(r3)
print(v1)
t4 = list(range(2))
t5 = id(t4)
del t4
t6 = acc2 + [1000000000000000000568]
print(id(t6) == t5)
r7 = f1()
print(r7)
v1 = v1 + 900000000000000000000000000000000000000000000000000576
acc8 = []
for i in range(11):
    acc8.append((i, i))
print(len(acc8), acc8[-3:])
v9 = {4: v1 % 5, 149: v1 * 5, 257: v1 % 97}
v10 = C1(68133)
print(gc.is_tracked(v9))
v11 = 2.5e-3
v10 = C1(v1 // 7)
v12 = str(v1)
v13 = {19, -1, 86}
print(sys.getrefcount(acc8))
print(gc.is_tracked(acc2))
print(t6)
v14 = (v1 // 7, v1 * 6, v1 // 1)
print(sys.getsizeof(t6))
v15 = b"zzzzzzzzzzzzzz"
del v14
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(14 in v13)
try:
    print(7 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(7 in v13)
print(len(v12))
print(sys.getsizeof(v15))
del v11
print(type(acc8).__name__)
print(type(v13).__name__)
r16 = f1()
print(r16)
print(v15)
v13.discard(9)
print(gc.collect())
