# gen.py 270 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=7):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 5
c1 = make_counter1()
print(c1(), c1(3), c1())
c2 = make_counter1()
print(c2(), c2(1), c2())
v3 = 723866917
it4 = g1(2)
print(type(it4).__name__)
print(sys.getsizeof(it4))
for v in it4:
    print(v)
v5 = "abc123"
x1 = "abc"
x2 = "abc"
print(x1 is x2)
c6 = make_counter1()
print(c6(), c6(7), c6())
alias7 = v3
print(alias7 is v3, id(alias7) == id(v3))
print(len(v5))
v8 = C1(alias7 ** 5)
print(v8.a, v8.total())
r9 = f1(-alias7)
print(r9)
v10 = {211: alias7 % 97}
x1 = 256
x2 = 256
print(x1 is x2)
v11 = -alias7
acc12 = []
i = 0
while i < 25:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
del v5
print(gc.is_tracked(v8))
del r9
v13 = [float(alias7), 0.0, 76510]
del v10
acc14 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(sys.getrefcount(v13))
print(len(gc.get_referents(acc12)))
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
v15 = (alias7 // 3, float(v3))
print(list(g1(8)))
print(type(alias7).__name__)
print(sys.getsizeof(v11))
acc16 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
o17 = C1(alias7 // 7)
o18 = C1(v3 * 0)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
v19 = b"zzzzz"
c20 = make_counter1()
print(c20(), c20(1), c20())
print(sum(x * x for x in range(20)))
o18 = C1(-54485)
print(gc.collect())
