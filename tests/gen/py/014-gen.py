# gen.py 14 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=1):
    acc = [p0, p1]
    return acc
r1 = f1(129, -47185)
print(r1)
v2 = "ü"
def g1(n):
    for i in range(n):
        yield i * 1
v3 = {i: i * i for i in range(1)}
v3.update({"k3": 1})
print(len(gc.get_referents(v3)))
v4 = C1(len(v3))
del v3
x1 = -6
x2 = -6
print(x1 is x2)
v5 = (77,)
v6 = -2.25
r7 = f1(700000000000000000000000000000000000000000609, -62453)
print(r7)
print(gc.is_tracked(v6))
del r1
del v5
v8 = {i % 1 for i in range(11)}
v8.discard(22)
print(v4.a, v4.total())
print(list(g1(6)))
v9 = 3558
print(sys.getsizeof(v9))
print(v2)
v10 = list(range(3))
x1 = 257
x2 = 257
print(x1 is x2)
print(sys.getsizeof(v9))
print(gc.is_tracked(v10))
print(19 in v8)
print(type(v9).__name__)
v10.insert(-1, 60000000000000000000000000000000000000000000000937)
o11 = C1(v9 ** 5)
o12 = C1(v9 * 1)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
v13 = v10 + [30000000000000000000000000000000000000000000000000918]
v14 = (v9 // 7,)
v15 = v2 + "a-b-c"
o16 = C1(-61842)
o17 = C1(-v9)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(list(g1(6)))
v18 = v9 * -3
print(gc.collect())
