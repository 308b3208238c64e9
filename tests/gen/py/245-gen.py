# gen.py 245 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
v1 = C1(-19615)
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v1))
print(sys.getrefcount(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
del v1
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
c2 = make_counter1()
print(c2(), c2(1), c2())
v3 = 2.5e-3
v4 = {i % 6 for i in range(11)}
o5 = C1(241)
o6 = C1(69456)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(13 in v4)
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
v4.add(39)
v8 = (36,)
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(x * x for x in range(3)))
alias9 = v4
print(alias9 is v4, id(alias9) == id(v4))
print(type(v8).__name__)
v10 = "  pad  "
print(gc.is_tracked(alias9))
print(gc.is_tracked(v4))
v11 = acc7[:]
v12 = v3 * 0.1
v13 = "-".join(str(e) for e in acc7)
r14 = f1()
print(r14)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
c15 = make_counter1()
print(c15(), c15(8), c15())
r16 = f1()
print(r16)
del v4
del v12
r17 = f1()
print(r17)
o18 = C1(234)
o19 = C1(4000000000000000000000000000000000000000000000000000000880)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
del o18, o19
print(gc.collect())
c20 = make_counter1()
print(c20(), c20(8), c20())
print(gc.collect())
