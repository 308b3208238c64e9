# gen.py 73 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
v1 = [[j] * 0 for j in range(2)]
v2 = {58, 65, 50, 18, 2, 28, 67}
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(sys.getrefcount(v2))
v1 = [92]
r3 = f1()
print(r3)
del r3
t4 = tuple(v1)
t5 = id(t4)
del t4
t6 = ("xxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hello", 876.49, "a", 1e10)
print(id(t6) == t5)
v1 = list(range(3))
print(type(t6).__name__)
acc7 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
o8 = C2(100)
o9 = C2(4000000000000000000000000000000000000000000000000000000000392)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v1.append("spam eggs")
print(len(acc7))
v10 = C2(-22647)
alias11 = t6
print(alias11 is t6, id(alias11) == id(t6))
acc7.append(90000000000000000000000000000000000000000000000000000000383)
alias12 = alias11
print(alias12 is alias11, id(alias12) == id(alias11))
acc7.insert(3, 7000000000000000047)
print(sys.getsizeof(alias11))
def g1(n):
    for i in range(n):
        yield i * 1
v13 = dict(k0=6000000000000000000000000, k1=6000000000000000000000000000000000000000000000647)
v14 = dict(k0=1692329137, k1=8, k2=79364, k3=29737, k4=248)
del acc7
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
print(8 in v2)
print(sys.getsizeof(v10))
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(12 in v2)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
del v13
print(sys.getrefcount(v2))
alias15 = v1
print(alias15 is v1, id(alias15) == id(v1))
print(type(t6).__name__)
v16 = {130: 105}
x1 = ()
x2 = ()
print(x1 is x2)
t17 = ("€", -2.25, 40000000000000000000000000000000000000000000000000845)
t18 = id(t17)
del t17
t19 = ()
print(id(t19) == t18)
print(gc.collect())
