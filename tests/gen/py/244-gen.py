# gen.py 244 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    __slots__ = ("a", "b", "other")
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
o1 = C1(214)
o2 = C1(173)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = b""
v4 = {26}
v4.add(29)
print(sys.getsizeof(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4.add(17)
v5 = "ü"
alias6 = v3
print(alias6 is v3, id(alias6) == id(v3))
print(sys.getsizeof(v5))
v7 = -67844
v8 = len(v5)
print(len(v4))
print(sys.getsizeof(v8))
v4.add(22)
v9 = C2(82469)
print(5 in v4)
print(sys.getsizeof(v4))
acc10 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc10.append((i, x))
else:
    acc10.append(None)
print(len(acc10), acc10[-3:])
v11 = 0.0
print(gc.is_tracked(v7))
alias12 = v11
print(alias12 is v11, id(alias12) == id(v11))
del alias6
v13 = v3 + b"abc"
print(acc10)
v14 = C1(-34113)
print(sys.getsizeof(acc10))
def g1(n):
    for i in range(n):
        yield i * 2
c15 = make_counter1()
print(c15(), c15(1), c15())
v4.add(7)
v8 = v7 % 97
alias16 = v13
print(alias16 is v13, id(alias16) == id(v13))
print(type(v7).__name__)
v17 = v4 - v4
alias18 = v8
print(alias18 is v8, id(alias18) == id(v8))
it19 = g1(2)
print(type(it19).__name__)
print(sys.getsizeof(it19))
for v in it19:
    print(v)
print(v7 is v7 + 0, v7 == v7 + 0)
print(gc.collect())
