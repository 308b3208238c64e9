# gen.py 108 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
v1 = C1(6000000000000000000000000000000000000000000000000000000000880)
def g1(n):
    for i in range(n):
        yield i * 5
print(list(g1(5)))
v2 = [30, 479050872, 168, 10000000000000000000000000000000000000811, 180, 8, 2072756037]
print(sys.getrefcount(v1))
def g2(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(v1))
print(v1.a, v1.total())
print(list(g2(7)))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(v2)
print(v2)
v2.extend(range(2))
print(sys.getrefcount(v1))
print(sum(g2(0)), max(g2(2), default=-1))
v3 = (73, 100.0, 1.5, "snake_case", 70000000000000000634)
v4 = {65, 56}
v5 = 1.5
alias6 = v4
print(alias6 is v4, id(alias6) == id(v4))
o7 = C1(252)
o8 = C1(76)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
t9 = v5 * 1e10
t10 = id(t9)
del t9
t11 = v5 * 603.39
print(id(t11) == t10)
v12 = list(range(9))
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(19 in alias6)
acc13 = []
i = 0
while i < 10:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v14 = dict()
acc15 = []
i = 0
while i < 12:
    if i % 5 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
alias6.discard(49)
v16 = "a-b-c"
print(sys.getrefcount(v14))
print(sys.getsizeof(v2))
print(gc.collect())
