# gen.py 290 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    return acc
v1 = b"a"
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
print(sys.getsizeof(v1))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v2 = "line\n"
x1 = 256
x2 = 256
print(x1 is x2)
v3 = {4}
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 1
v4 = {194: -13844}
v5 = (174, 3.141592653589793)
print(type(v5).__name__)
r6 = f1(171, 197, len(v2))
print(r6)
v3.add(15)
v1 = bytes(14)
print(len(v2))
print(v4.get(4), list(v4.keys())[:3])
acc7 = []
i = 0
while i < 9:
    if i % 5 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v4.update({"k0": 3})
x1 = 256
x2 = 256
print(x1 is x2)
v8 = (198,)
it9 = g1(2)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
v3.add(40)
print(sum(x * x for x in range(20)))
x1 = -6
x2 = -6
print(x1 is x2)
v10 = 4000000000000000000000000000000000716
def g2(n):
    for i in range(n):
        yield i * 2
print(v10 is v10 + 0, v10 == v10 + 0)
alias11 = v10
print(alias11 is v10, id(alias11) == id(v10))
o12 = C1(40000000000000000000000784)
o13 = C1(17794)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
v8 = (-v10,)
print(gc.is_tracked(v8))
print(6 in v3)
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
alias14 = o13
print(alias14 is o13, id(alias14) == id(o13))
print(alias11 is alias11 + 0, alias11 == alias11 + 0)
def g3(n):
    for i in range(n):
        yield i * 4
print(gc.collect())
