# gen.py 217 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v8 = b"hello"
del o5
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
print(len(v8))
print(len(gc.get_referents(acc9)))
v10 = (str(v2), -v2, v2 % 10, repr(v2), "abc123")
v11 = 28.82
v12 = tuple(v7)
o13 = C2(v2 + 139)
o14 = C2(v2 // 7)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
v7.extend(range(5))
v15 = "Hello World"
o16 = C2(v2 + 80000000000000000000000000759)
o17 = C2(v2 % 10)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(len(v15))
print(len(gc.get_referents(v12)))
del v10
r18 = f1(v2 + 10000000000000000000000000254)
print(r18)
c19 = make_counter1()
print(c19(), c19(8), c19())
v20 = v2 + 408258549
acc3.extend(range(4))
acc21 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc21.append((i, x))
else:
    acc21.append(None)
print(len(acc21), acc21[-3:])
alias22 = v8
print(alias22 is v8, id(alias22) == id(v8))
print(v15)
o23 = C1(40000000000000000000000000000000000000082)
o24 = C1(v20 // 3)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
del o23, o24
print(gc.collect())
print(gc.collect())
