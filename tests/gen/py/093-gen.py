# gen.py 93 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
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
def f1(p0, p1, p2=2):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o1 = C2(31)
o2 = C2(241)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
o3 = C2(237)
o4 = C2(23)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
v5 = 1e10
print(gc.is_tracked(v5))
v6 = f"<{v5}>"
v7 = b"zzzzzzz"
alias8 = v7
print(alias8 is v7, id(alias8) == id(v7))
print(sys.getsizeof(v7))
v9 = C1(len(v6))
v10 = 2
v11 = C1(v10 % 2)
print(v10)
c12 = make_counter1()
print(c12(), c12(8), c12())
v13 = C2(v10 ** 4)
v14 = ("line\n", v6 + "tab\t")
v10 = v10 * 1
print(type(v6).__name__)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v15 = b"a"
v16 = {23, 54, 1}
acc17 = []
i = 0
while i < 5:
    if i % 5 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
del alias8
acc17.reverse()
acc18 = []
i = 0
while i < 2:
    if i % 5 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
v19 = {76}
v16.add(6)
o20 = C1(v10 % 5)
o21 = C1(-v10)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
print(gc.is_tracked(v10))
print(sys.getsizeof(v15))
print(len(v6))
v22 = "café"
print(sys.getrefcount(v19))
print(type(v15).__name__)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 3
print(gc.is_tracked(o21))
print(sys.getsizeof(v5))
print(gc.collect())
