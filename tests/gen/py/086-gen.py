# gen.py 86 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = 3.141592653589793
v2 = "  pad  "
del v1
del v2
acc3 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(gc.is_tracked(acc3))
if acc3:
    print(acc3.pop())
x1 = ()
x2 = ()
print(x1 is x2)
o4 = C1(1090793876)
o5 = C1(2119562881)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v6 = 1.5
del o4
alias7 = v6
print(alias7 is v6, id(alias7) == id(v6))
v8 = 40000000000000000000000000000000000000000000824
print(sys.getsizeof(o5))
acc3.reverse()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v8))
print(v8 is v8 + 0, v8 == v8 + 0)
acc3.reverse()
print(v8)
del acc3[:0]
print(sys.getsizeof(v6))
print(sys.getsizeof(alias7))
print(len(gc.get_referents(o5)))
r9 = f1(v8 + 92, v8 * 3)
print(r9)
v10 = ()
def g1(n):
    for i in range(n):
        yield i * 4
acc11 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
print(len(gc.get_referents(o5)))
del acc3
x1 = 256
x2 = 256
print(x1 is x2)
print(gc.is_tracked(v6))
del acc11[:2]
v12 = {-2}
r13 = f1(v8 // 3, v8 // 3)
print(r13)
print(sys.getsizeof(o5))
c14 = make_counter1()
print(c14(), c14(5), c14())
print(gc.is_tracked(alias7))
print(gc.collect())
