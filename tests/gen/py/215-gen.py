# gen.py 215 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=0):
    acc = [p0]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 1e10
t2 = "Hello World"
t3 = id(t2)
del t2
t4 = "café"
print(id(t4) == t3)
v5 = []
print(type(t4).__name__)
print(sys.getsizeof(v1))
print(len(v5))
v6 = [1000000000000000000000000000000792, 900000000000000000000000000000000000000341, -21349, -48242, 4746, 142, 10000000000000000000000000000000000000000131, 210]
v5.extend(range(2))
print(t4)
print(sys.getsizeof(t4))
r7 = f1(800000000000000000000000000000000839)
print(r7)
t8 = []
t9 = id(t8)
del t8
t10 = v6[:]
print(id(t10) == t9)
def g1(n):
    for i in range(n):
        yield i * 1
print(len(gc.get_referents(v6)))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v6[:1]
print(gc.is_tracked(v1))
print(type(v6).__name__)
v11 = {70, 27, 17}
o12 = C1(221)
o13 = C1(len(t4))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
r14 = f1(79238)
print(r14)
print(sys.getsizeof(v1))
print(t4)
v15 = t10[:]
o16 = C1(675358511)
o17 = C1(935513568)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
v18 = {"k0": "-".join(str(e) for e in t10), "k1": t4[1:2], "k2": "a-b-c", "k3": "ü", "k4": len(v15), "k5": -24820}
v19 = {"k0": t4.upper(), "k1": -99645, "k2": 101, "k3": -18961}
print(type(v6).__name__)
v6.insert(1, 2142680871)
print(sys.getrefcount(v11))
v20 = set()
if v6:
    print(v6.pop())
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v20))
alias21 = t10
print(alias21 is t10, id(alias21) == id(t10))
print(sys.getsizeof(v18))
t10.append("abc123")
print(gc.collect())
