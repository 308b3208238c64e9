# gen.py 154 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {85}
r2 = f1(70000000000000000000000000000000000000000000479, 38960, -88459)
print(r2)
v3 = C1(500000000000000000000000000000845)
print(len(gc.get_referents(v3)))
v1.add(38)
print(sys.getrefcount(v3))
print(sys.getrefcount(v1))
v4 = {30: 68532, 48: 0}
del v3
v5 = [i * 5 for i in range(7)]
print(type(v4).__name__)
o6 = C1(30974)
o7 = C1(2000000000000000000000000000000133)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
x1 = ()
x2 = ()
print(x1 is x2)
del r2
v8 = -17803
v9 = {i: i * i for i in range(7)}
acc10 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
v5 = v5[:]
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v11 = [v8 // 1, 90000000000000000000557, len(v9), v8 // 7]
o12 = C1(v8 * 4)
o13 = C1(v8 ** 2)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
if v11:
    v11[0] = "spam eggs"
print(sys.getsizeof(acc10))
v9["k5"] = [1e10, v8 / 2]
v8 = v8 ** 3
v4 = {238: 18, -14: len(v9), 4: v8 + 1562622594, 168: 200000000000000000000000612, 80: v8 // 3, 211: v8 + 934124422, 29: len(v11)}
print(sys.getrefcount(v9))
v14 = v1 ^ v1
v15 = "Hello World"
acc16 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
o17 = C1(v8 % 10)
o18 = C1(1000000000000000000000000000000000000000000000000000000000178)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
alias19 = acc10
print(alias19 is acc10, id(alias19) == id(acc10))
del alias19[:1]
r20 = f1(-v8, v8 * 3, v8 % 2)
print(r20)
def g1(n):
    for i in range(n):
        yield i * 4
o12 = C1(51138)
r21 = f1(v8 // -4, 68122, v8 + -90390)
print(r21)
print(gc.collect())
