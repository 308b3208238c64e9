# gen.py 250 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc1.append((i, x))
else:
    acc1.append(None)
print(len(acc1), acc1[-3:])
print(sys.getrefcount(acc1))
print(sys.getrefcount(acc1))
print(len(acc1))
print(sys.getsizeof(acc1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(acc1))
acc1.extend(range(5))
r2 = f1(121, 254)
print(r2)
v3 = C2(80000000000000000000000000000000000584)
print(gc.is_tracked(v3))
t4 = ()
t5 = id(t4)
del t4
t6 = tuple(acc1)
print(id(t6) == t5)
v7 = ""
v8 = [0.0, v7.title()]
print(len(v7))
def g1(n):
    for i in range(n):
        yield i * 2
v9 = "-".join(str(e) for e in acc1)
v10 = len(acc1)
print(gc.is_tracked(v9))
v10 = -98450
v11 = C2(v10 ** 2)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(v9)
del v8
print(type(v10).__name__)
del t6
v12 = v7 + "café"
v13 = (len(v9), repr(acc1))
o14 = C2(-v10)
o15 = C2(v10 * 3)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
acc1.reverse()
if acc1:
    print(acc1.pop())
r16 = f1(v10 % 97, v10 + 2000000000000000212)
print(r16)
print(len(gc.get_referents(acc1)))
print(gc.is_tracked(v12))
acc1.extend(range(3))
del v9
acc17 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
alias18 = acc17
print(alias18 is acc17, id(alias18) == id(acc17))
print(gc.is_tracked(v12))
print(gc.collect())
