# gen.py 288 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v1 = "a-b-c"
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc2 = []
for i in range(4):
    acc2.append(i * 1000)
print(len(acc2), acc2[-3:])
print(acc2)
x1 = 1000
x2 = 1000
print(x1 is x2)
v3 = C1(45)
if acc2:
    acc2[0] = "ü"
v4 = b"a"
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc2.insert(3, len(acc2))
def g1(n):
    for i in range(n):
        yield i * 1
v5 = 70000000000000000000000000000000655
v6 = float(v5)
v7 = bytes(11)
acc2.reverse()
acc2.reverse()
r8 = f1(65, len(acc2), 800000000000000000000000628)
print(r8)
c9 = make_counter2()
print(c9(), c9(6), c9())
del acc2[:1]
print(len(gc.get_referents(acc2)))
if acc2:
    print(acc2.pop())
v10 = dict()
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
c11 = make_counter2()
print(c11(), c11(1), c11())
v12 = v5 * 0
del acc2[:2]
v13 = C2(v5 // 2)
o14 = C1(40000000000000000000078)
o15 = C1(v12 * -3)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = ()
print(v10.pop("k6", None))
o17 = C2(v12 ** 2)
o18 = C2(v12 ** 2)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v19 = ()
print(sys.getsizeof(v10))
o20 = C2(197)
o21 = C2(-10462)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
v22 = "-".join(str(e) for e in v19)
print(gc.collect())
