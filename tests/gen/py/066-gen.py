# gen.py 66 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    return acc
r1 = f1()
print(r1)
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
v2 = "tab\t"
v3 = set()
v4 = [[j] * 2 for j in range(4)]
print(len(v2))
v5 = [len(v2), v2 + "a-b-c", v2 + "line\n"]
o6 = C1(600000000000000000000000000000000000000905)
o7 = C1(-3)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(len(v2))
del v3
if v4:
    v4[0] = "snake_case"
v8 = {i: i * i for i in range(0)}
print(sys.getsizeof(v4))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c9 = make_counter1()
print(c9(), c9(2), c9())
alias10 = v5
print(alias10 is v5, id(alias10) == id(v5))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
o11 = C1(247)
o12 = C1(241)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
o13 = C1(len(v8))
o14 = C1(54637)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(type(o6).__name__)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = list(range(1))
o6 = C1(700000000000000000000000000000000000000000769)
if 4 in v8:
    del v8[4]
v16 = 100.0
alias17 = o6
print(alias17 is o6, id(alias17) == id(o6))
print(gc.is_tracked(o6))
acc18 = []
i = 0
while i < 17:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
o19 = C1(28529)
o20 = C1(148)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
print(sys.getrefcount(o6))
print(sys.getsizeof(v16))
c21 = make_counter2()
print(c21(), c21(3), c21())
v8[6] = "UPPER"
v22 = C1(8000000000000000000000000000000000000000000000000000829)
def g1(n):
    for i in range(n):
        yield i * 2
print(len(alias10))
print(sys.getsizeof(v22))
print(gc.collect())
