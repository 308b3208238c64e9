# gen.py 26 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2=9):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
acc1 = []
for i in range(22):
    acc1.append({i: i})
print(len(acc1), acc1[-3:])
v2 = acc1 + [48003]
v3 = len(acc1)
def g2(n):
    for i in range(n):
        yield i * 5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
x1 = ()
x2 = ()
print(x1 is x2)
acc4 = []
for i in range(22):
    acc4.append(i)
print(len(acc4), acc4[-3:])
print(sys.getsizeof(v2))
if v2:
    v2[0] = repr(acc1)
v5 = repr(acc4)
o6 = C1(v3 * 3)
o7 = C1(v3 ** 5)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = {i: i * i for i in range(10)}
v9 = f"<{v3}>"
del v8
acc4.append(v3 + 2000000000000000000000000000000000000000000000000000000967)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
o10 = C1(v3 ** 2)
o11 = C1(v3 ** 3)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
print(acc1)
o12 = C1(v3 ** 2)
o13 = C1(-85263)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
acc4 = v2[:]
print(v3 is v3 + 0, v3 == v3 + 0)
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
def g3(n):
    for i in range(n):
        yield i * 2
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
v14 = set()
print(sys.getsizeof(v3))
acc15 = []
for i in range(15):
    acc15.append({i: i})
print(len(acc15), acc15[-3:])
del v2
v16 = C1(v3 + 103)
v17 = C1(v3 // -4)
v18 = {48, 90}
acc4.extend(range(0))
alias19 = v9
print(alias19 is v9, id(alias19) == id(v9))
print(type(acc15).__name__)
c20 = make_counter1()
print(c20(), c20(6), c20())
print(gc.is_tracked(v9))
print(gc.is_tracked(v18))
print(gc.collect())
