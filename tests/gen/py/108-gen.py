# gen.py 108 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v1 = set(range(17))
print(19 in v1)
def g1(n):
    for i in range(n):
        yield i * 1
v2 = {101: 80000000000000000000000000000023, 15: 479050872, 187: -31016, -15: 111, 286: 30000000000000000235, 279: 4000000000000000000000543}
v3 = "ü"
print(list(g1(7)))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
del v1
print(v3)
print(v2.pop("k1", None))
t4 = {}
t5 = id(t4)
del t4
t6 = {210: 4000000000000000000000000645}
print(id(t6) == t5)
alias7 = v2
print(alias7 is v2, id(alias7) == id(v2))
alias8 = v2
print(alias8 is v2, id(alias8) == id(v2))
print(alias8.get(6), list(alias8.keys())[:3])
v9 = v3 + "Hello World"
o10 = C1(200000000000000000000681)
o11 = C1(33)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
alias12 = alias7
print(alias12 is alias7, id(alias12) == id(alias7))
o13 = C1(252)
o14 = C1(76)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
t15 = 1.5
t16 = id(t15)
del t15
t17 = 0.0
print(id(t17) == t16)
print(len(gc.get_referents(alias8)))
v18 = [[j] * 3 for j in range(1)]
v19 = v18 * 3
alias20 = t6
print(alias20 is t6, id(alias20) == id(t6))
o21 = C1(17116)
o22 = C1(-51176)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
if "k2" in alias7:
    del alias7["k2"]
v23 = tuple(v18)
if 11 in alias20:
    del alias20[11]
v24 = set()
if v19:
    v19[0] = v9 + "spam eggs"
r25 = f1(90000000000000000000000000000000000000000000000000000000404, 50000000000000000000000000000000000000000000287, -84239)
print(r25)
o26 = C1(-2)
o27 = C1(974373594)
o26.other = o27
o27.other = o26
print(sys.getrefcount(o26), sys.getrefcount(o27))
print(gc.collect())
