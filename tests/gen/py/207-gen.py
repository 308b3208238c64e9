# gen.py 207 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
v1 = "snake_case"
r2 = f1(25275, 5841, -99773)
print(r2)
del v1
v3 = ()
r4 = f1(-94276, 90974, 140)
print(r4)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(gc.is_tracked(v3))
print(sys.getsizeof(v3))
print(v3)
v5 = C1(-85105)
v6 = (-30727,)
v7 = {-5, 7, 17, 83, 5, 50}
print(sys.getrefcount(v5))
r8 = f1(143, 1677986743, 15392)
print(r8)
print(sys.getsizeof(v6))
t9 = [len(v3), 199]
t10 = id(t9)
del t9
t11 = [i * 1 for i in range(2)]
print(id(t11) == t10)
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v6))
v12 = 69447
v7.add(21)
print(v12 is v12 + 0, v12 == v12 + 0)
del v6
r13 = f1(-v12, v12 + 52317, v12 + 165)
print(r13)
del r8
t11 = list(range(1))
print(gc.is_tracked(v3))
v14 = repr(t11)
def g1(n):
    for i in range(n):
        yield i * 5
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = C1(len(v14))
print(v3)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
acc16 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(sum(x * x for x in range(6)))
print(sum(g1(6)), max(g1(1), default=-1))
del t11[:1]
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
del acc16[:0]
print(gc.collect())
