# gen.py 109 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(6):
        acc.append(i)
    return acc
r1 = f1(152, 60000000000000000000534, 167)
print(r1)
o2 = C1(772741727)
o3 = C1(3000000000000000000000000000000000000000000371)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
v4 = -83618
print(sys.getsizeof(v4))
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(sys.getsizeof(alias5))
v6 = alias5 * 4
print(sys.getsizeof(alias5))
print(sys.getsizeof(v6))
del r1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v6 is v6 + 0, v6 == v6 + 0)
print(gc.is_tracked(v6))
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
v7 = {i: i * i for i in range(1)}
v8 = (v6 // 3,)
print(type(v8).__name__)
print(sys.getsizeof(v7))
print(v4 is v4 + 0, v4 == v4 + 0)
v8 = ()
print(sys.getsizeof(alias5))
r9 = f1(v4 // 1, v6 ** 3, v4 // 2)
print(r9)
v10 = "snake_case"
v8 = (alias5 + 209, 112)
print(v6)
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
del v7
c11 = make_counter1()
print(c11(), c11(3), c11())
print(len(gc.get_referents(v8)))
v12 = 1e10
o13 = C1(1000000000000000000328)
o14 = C1(v6 + 174)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
o15 = C1(v6 + 117)
o16 = C1(-v4)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
x1 = -6
x2 = -6
print(x1 is x2)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
