# gen.py 135 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=4):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = (36532,)
v2 = (len(v1),)
v3 = [i * 3 for i in range(3)]
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v4 = -95878
print(type(v3).__name__)
print(gc.is_tracked(v4))
v5 = {}
v6 = [v4 * 7, len(v2), 6000000000000000000000000604, -90859, 1011931460, 68, 1452180424]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
v6 = [v4 ** 4, v4 % 5, v4 // 3, v4 // 1]
c8 = make_counter1()
print(c8(), c8(4), c8())
print(sys.getsizeof(v6))
o9 = C2(v4 % 2)
o10 = C2(-v4)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
if acc7:
    print(acc7.pop())
print(sys.getsizeof(v3))
print(v4 is v4 + 0, v4 == v4 + 0)
print(gc.is_tracked(acc7))
print(len(v2))
o11 = C1(v4 // -4)
o12 = C1(v4 + -25899)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
print(sys.getsizeof(v4))
print(sys.getsizeof(v3))
print(type(v4).__name__)
def g1(n):
    for i in range(n):
        yield i * 2
v13 = b"hello"
print(sys.getsizeof(acc7))
o14 = C1(5000000000000000658)
o15 = C1(v4 // 2)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
v16 = C1(-v4)
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
acc17 = []
i = 0
while i < 15:
    if i % 4 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
v16 = C2(v4 ** 4)
v18 = (v4 % 97,)
print(v5)
alias19 = v3
print(alias19 is v3, id(alias19) == id(v3))
print(len(gc.get_referents(o11)))
v20 = v13[1:]
v21 = 100.0
print(sys.getsizeof(o12))
v22 = [v4 // -4, 871.81, 1e10]
print(gc.collect())
