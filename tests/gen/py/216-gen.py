# gen.py 216 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    for i in range(2):
        acc.append(i)
    return acc
v1 = C1(-36958)
v2 = C1(-69652)
def g1(n):
    for i in range(n):
        yield i * 4
del v1
v3 = ("ü", 3.141592653589793, 100.0)
print(type(v2).__name__)
o4 = C1(12065)
o5 = C1(133)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
alias6 = v3
print(alias6 is v3, id(alias6) == id(v3))
r7 = f1()
print(r7)
del v3
v8 = (160,)
r9 = f1()
print(r9)
print(len(alias6))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v10 = {216: -89198, 54: 30000000000000000000000000000000000000000000000913, 118: 252, 124: 965921404, 187: len(v8), 108: 16042}
print(o4.a, o4.total())
v10["k1"] = 200000000000000000000000000000000000000000000000000541
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v10))
print(len(v8))
del o4
print(v10.get("k6"), list(v10.keys())[:3])
v11 = "snake_case"
if "k5" in v10:
    del v10["k5"]
v12 = 9000000000000000000000000000000000000000000000000000292
alias13 = v2
print(alias13 is v2, id(alias13) == id(v2))
del v2
print(sys.getsizeof(alias13))
print(gc.is_tracked(v12))
v14 = ("hello", -v12, float(v12))
print(gc.collect())
v10.update({6: 0})
v15 = [v12 * -1, 700000000000000000000000000000000000000034, v12 + 331351158, v12 * -3, v12 // -4, v12 // 1, v12 + -7395]
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v10 = {153: len(v14)}
v16 = C1(-55699)
v17 = {i % 6 for i in range(10)}
r18 = f1()
print(r18)
print(gc.collect())
