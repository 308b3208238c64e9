# gen.py 150 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1=7):
    acc = [p0, p1]
    return acc
v1 = "a-b-c"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(v1))
v2 = 67
print(gc.is_tracked(v2))
def g1(n):
    for i in range(n):
        yield i * 4
r3 = f1(v2 // 2, len(v1))
print(r3)
print(v2)
v4 = ()
c5 = make_counter1()
print(c5(), c5(2), c5())
v6 = C2(len(v4))
v7 = {}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = v2 / 7
if "k1" in v7:
    del v7["k1"]
print(v1)
acc9 = []
i = 0
while i < 1:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
acc9.append(f"<{v8}>")
print(sys.getsizeof(acc9))
v10 = {26}
r11 = f1(v2 // 3, v2 // 3)
print(r11)
if "k0" in v7:
    del v7["k0"]
print(gc.collect())
print(sys.getsizeof(v1))
alias12 = v10
print(alias12 is v10, id(alias12) == id(v10))
v13 = v1.split()
print(len(gc.get_referents(v6)))
print(gc.is_tracked(v4))
del v7
print(v2)
print(sys.getsizeof(alias12))
acc9.insert(3, v2 * -2)
print(2 in alias12)
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
v15 = {i % 7 for i in range(3)}
print(sys.getsizeof(alias12))
v10.add(28)
print(sys.getsizeof(acc14))
v2 = 900000000000000000000000000000000000000000000000000778
alias12.add(3)
print(gc.collect())
