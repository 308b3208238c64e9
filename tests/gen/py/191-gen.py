# gen.py 191 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
v1 = {87}
print(sorted(v1))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(gc.is_tracked(v1))
print(len(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c2 = make_counter1()
print(c2(), c2(3), c2())
def g1(n):
    for i in range(n):
        yield i * 5
print(7 in v1)
r3 = f1()
print(r3)
r4 = f1()
print(r4)
v5 = "中文"
print(type(v5).__name__)
v6 = ""
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(0 in v1)
alias7 = v1
print(alias7 is v1, id(alias7) == id(v1))
alias8 = v1
print(alias8 is v1, id(alias8) == id(v1))
c9 = make_counter2()
print(c9(), c9(2), c9())
print(len(alias7))
print(len(v6))
print(sys.getsizeof(v5))
v10 = {i % 5 for i in range(8)}
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
v10.add(42)
print(gc.is_tracked(v5))
c11 = make_counter1()
print(c11(), c11(8), c11())
v1.add(5)
print(sorted(alias8))
c12 = make_counter1()
print(c12(), c12(6), c12())
v13 = C1(-3)
print(gc.is_tracked(alias7))
def g2(n):
    for i in range(n):
        yield i * 5
print(list(g2(3)))
o14 = C1(40000000000000000000000000000000000000000000914)
o15 = C1(10000000000000000549)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
print(type(v13).__name__)
x1 = 256
x2 = 256
print(x1 is x2)
r16 = f1()
print(r16)
print(gc.collect())
