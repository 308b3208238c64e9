# gen.py 246 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print(4 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(10)
print(r1)
v2 = [i * 8 for i in range(0)]
t3 = -2.25
t4 = id(t3)
del t3
t5 = 2.5e-3
print(id(t5) == t4)
print(type(v2).__name__)
acc6 = []
for i in range(1):
    acc6.append((i, i))
print(len(acc6), acc6[-3:])
print(gc.is_tracked(t5))
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
r8 = f1(1660314052)
print(r8)
alias9 = v2
print(alias9 is v2, id(alias9) == id(v2))
print(sys.getrefcount(acc6))
if acc6:
    print(acc6.pop())
print(gc.is_tracked(v2))
acc7.append(str(t5))
v10 = C1(-65870)
o11 = C1(-6764)
o12 = C1(43)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
r13 = f1(128)
print(r13)
del v2
print(gc.is_tracked(alias9))
o14 = C1(37744)
o15 = C1(80109)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v16 = ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "snake_case", repr(t5), len(acc6))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
alias17 = t5
print(alias17 is t5, id(alias17) == id(t5))
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 2
o18 = C1(-6545)
o19 = C1(84205)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(o19))
r20 = f1(-85703)
print(r20)
del acc6[:1]
o21 = C1(-35472)
o22 = C1(900000000000000000000000000000000000074)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
v23 = "Hello World"
print(len(gc.get_referents(o15)))
v24 = repr(t5)
if acc7:
    print(acc7.pop())
print(type(o18).__name__)
print(o19.a, o19.total())
print(type(o12).__name__)
it25 = g1(4)
print(type(it25).__name__)
print(sys.getsizeof(it25))
for v in it25:
    print(v)
print(gc.collect())
