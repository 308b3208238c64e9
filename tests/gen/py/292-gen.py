# gen.py 292 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1=3):
    acc = [p0, p1]
    return acc
def g1(n):
    for i in range(n):
        yield i * 1
v1 = 300000000000000000000000000000642
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
v3 = dict(k0=alias2 % 5, k1=49980, k2=v1 ** 2, k3=alias2 * 4, k4=181)
o4 = C1(alias2 % 97)
o5 = C1(90000000000000000680)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(gc.is_tracked(acc6))
v7 = {57, 87, 99, 24, 51, 46, 32, 39}
v7.add(34)
r8 = f1(alias2 + 169, v1 // 7)
print(r8)
o9 = C1(243)
o10 = C1(205)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(len(acc6))
v11 = f"<{v1}>"
x1 = 257
x2 = 257
print(x1 is x2)
print(sum(x * x for x in range(11)))
print(sys.getsizeof(v1))
print(len(gc.get_referents(acc6)))
v11 = f"<{alias2}>"
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(8 // 0)
except Exception as e:
    print(type(e).__name__, e)
v12 = {}
o13 = C1(1759668569)
o14 = C1(-v1)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(gc.is_tracked(v7))
print(len(gc.get_referents(v12)))
o15 = C1(alias2 % 10)
o16 = C1(len(v11))
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del v3
r17 = f1(len(v11), alias2 * -3)
print(r17)
v18 = "snake_case"
v19 = float(alias2)
print(v12)
r20 = f1(v1 ** 4, len(acc6))
print(r20)
print(v12.pop(5, None))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del o15
v21 = ()
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v22 = v19 * 3.141592653589793
print(sys.getsizeof(v22))
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
