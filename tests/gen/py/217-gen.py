# gen.py 217 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=2):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = {6, 5, 100, 97}
v2 = -9539
acc3 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(v2 is v2 + 0, v2 == v2 + 0)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v2))
v4 = v1 & v1
o5 = C2(-63537)
o6 = C2(v2 + 146)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v4.add(7)
print(sys.getsizeof(v4))
del o6
print(type(v4).__name__)
v4.discard(12)
v7 = ["中文"]
print(gc.is_tracked(o5))
v8 = C2(v2 ** 5)
acc9 = []
for i in range(12):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
if acc9:
    print(acc9.pop())
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v2 is v2 + 0, v2 == v2 + 0)
print(v2 is v2 + 0, v2 == v2 + 0)
acc3.insert(2, -v2)
print(sys.getrefcount(acc9))
v10 = (62143,)
def g1(n):
    for i in range(n):
        yield i * 1
print(v2 is v2 + 0, v2 == v2 + 0)
v11 = "€"
print(len(v11))
o12 = C1(len(acc9))
o13 = C1(v2 ** 3)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
r14 = f1(v2 * -1)
print(r14)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
del v4
v15 = acc9 * 0
del v11
print(type(v8).__name__)
v1.add(49)
print(sys.getsizeof(o13))
acc16 = []
for i in range(14):
    acc16.append(str(i))
print(len(acc16), acc16[-3:])
print(gc.collect())
