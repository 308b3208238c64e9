# gen.py 128 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = 2.5e-3
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v1))
v2 = b"hello"
acc3 = []
i = 0
while i < 21:
    if i % 4 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(gc.is_tracked(acc3))
v4 = "€"
del acc3[:3]
v2 = b"zzzzzzzzzzzzzzzz"
del v4
print(type(v2).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = v2[1:]
v5 = C1(52)
alias6 = v2
print(alias6 is v2, id(alias6) == id(v2))
print(sum(g1(1)), max(g1(0), default=-1))
o7 = C1(-3)
o8 = C1(900000000000000000000000000000000000000000000000000000462)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
del v1
alias9 = o7
print(alias9 is o7, id(alias9) == id(o7))
v10 = "-".join(str(e) for e in acc3)
v11 = b""
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
print(type(v11).__name__)
print(gc.collect())
v13 = v10.replace("l", "L")
acc3.insert(-1, 175)
o14 = C1(len(v10))
o15 = C1(238)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(type(alias6).__name__)
c16 = make_counter1()
print(c16(), c16(9), c16())
v17 = (200,)
print(sys.getrefcount(o14))
v18 = 105
print(gc.collect())
