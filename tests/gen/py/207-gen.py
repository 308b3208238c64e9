# gen.py 207 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v5 = 100.0
def g1(n):
    for i in range(n):
        yield i * 1
print(len(v3))
v6 = set()
it7 = g1(1)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
v8 = "abc123"
r9 = f1(143, 1677986743, 15392)
print(r9)
print(sys.getsizeof(v6))
t10 = [117, 9175, 150, 52375]
t11 = id(t10)
del t10
t12 = [68, 937612031, -72672, 5000000000000000000000000000000000000000000000000000178]
print(id(t12) == t11)
r13 = f1(-67827, 52317, 23)
print(r13)
print(len(gc.get_referents(t12)))
v6.add(6)
v14 = v5 * 1.5
o15 = C1(3)
o16 = C1(len(t12))
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
alias17 = v6
print(alias17 is v6, id(alias17) == id(v6))
print(sys.getrefcount(t12))
print(gc.is_tracked(alias17))
print(v3)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
acc18 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
print(sum(x * x for x in range(6)))
print(sum(g1(6)), max(g1(1), default=-1))
alias17.add(50)
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
v6.add(24)
del v14
v19 = C1(len(v8))
del acc18
v20 = 2.5e-3
v21 = len(v3)
print(gc.collect())
