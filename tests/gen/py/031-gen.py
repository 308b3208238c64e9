# gen.py 31 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v1 = 224
print(v1)
v2 = {21, 37, 45, 41}
print(type(v1).__name__)
acc3 = []
for i, x in enumerate([3, 1, 2]):
    if i > 0:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
v4 = f"<{v1}>"
v2.add(47)
print(v1 is v1 + 0, v1 == v1 + 0)
acc5 = []
i = 0
while i < 23:
    if i % 3 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
del acc5[:1]
del v2
print(len(v4))
acc5.insert(3, v1 % 2)
print(sys.getsizeof(acc3))
o6 = C1(v1 // 2)
o7 = C1(-v1)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
v8 = {78, 20, 9, 53, 20}
r9 = f1(132)
print(r9)
v10 = v1 / 7
v11 = b"zzzzzzzzzzzzzzzzz"
print(sys.getrefcount(o7))
del acc3
v11 = b""
acc5.append(len(acc5))
print(type(v1).__name__)
v12 = v1 % 10
print(v12 is v12 + 0, v12 == v12 + 0)
print(type(v12).__name__)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r13 = f1(-v12)
print(r13)
v14 = {i: i * i for i in range(8)}
print(gc.is_tracked(o7))
print(v14.pop("k0", None))
acc15 = []
for i in range(6):
    acc15.append(str(i))
print(len(acc15), acc15[-3:])
print(v14.pop(11, None))
t16 = [[j] * 2 for j in range(4)]
t17 = id(t16)
del t16
t18 = v4.split()
print(id(t18) == t17)
print(v10)
r19 = f1(v1 % 5)
print(r19)
if "k5" in v14:
    del v14["k5"]
print(type(v4).__name__)
print(gc.collect())
