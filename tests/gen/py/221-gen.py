# gen.py 221 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
v1 = 126
acc2 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
if acc2:
    print(acc2.pop())
print(gc.collect())
o3 = C1(v1 * 3)
o4 = C1(-12270)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = list(range(7))
o6 = C1(v1 ** 3)
o7 = C1(189)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
acc2 = []
print(sys.getsizeof(o6))
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
acc2.extend(range(0))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc8 = []
for i in range(6):
    acc8.append([i])
print(len(acc8), acc8[-3:])
del o7
r9 = f1(v1 % 5)
print(r9)
del acc8[:3]
v10 = set(range(12))
v5.append(f"<{v1}>")
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
del v5
print(gc.collect())
del acc8[:2]
acc11 = []
for i in range(15):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(list(g1(6)))
del o6
v10.discard(12)
v12 = acc2 * 2
print(sys.getrefcount(acc11))
v13 = ("b", v1 * 3, "tab\t", "abc123", 184.38)
print(sys.getsizeof(acc11))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v14 = b"\x00\xff"
del acc8[:1]
o15 = C1(83389)
o16 = C1(-v1)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
o17 = C1(v1 % 2)
o18 = C1(-v1)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
print(gc.collect())
