# gen.py 213 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=6):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
o1 = C1(8000000000000000000000000000825)
o2 = C1(131)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
x1 = -6
x2 = -6
print(x1 is x2)
v3 = (187,)
v4 = "Hello World"
print(v4)
print(gc.is_tracked(v3))
print(sys.getsizeof(v3))
print(type(v3).__name__)
print(v4)
def g1(n):
    for i in range(n):
        yield i * 1
v5 = list(range(1))
print(sum(x * x for x in range(17)))
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(v4)
print(sys.getsizeof(v5))
v6 = 2.5e-3
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
v7 = {i: i * i for i in range(1)}
print(len(gc.get_referents(v7)))
print(gc.is_tracked(v6))
alias8 = v5
print(alias8 is v5, id(alias8) == id(v5))
print(v7.get(9), list(v7.keys())[:3])
if alias8:
    alias8[0] = v4 + "hello"
print(v5)
alias8.append(106)
print(gc.is_tracked(v6))
print(type(v3).__name__)
v9 = b""
print(list(g1(1)))
del v5[:2]
def g2(n):
    for i in range(n):
        yield i * 5
print(sys.getsizeof(v4))
v10 = len(v7)
v5.append(v10 ** 5)
print(sys.getsizeof(alias8))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
t11 = v10 / 3
t12 = id(t11)
del t11
t13 = 100.0
print(id(t13) == t12)
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
