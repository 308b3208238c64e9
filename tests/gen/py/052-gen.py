# gen.py 52 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=6):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = C1(70000000000000000000000000000000000000000000011)
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
del v1
v2 = 197
v3 = "b"
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v4 = list(range(3))
print(v2 is v2 + 0, v2 == v2 + 0)
print(v4)
print(type(v2).__name__)
def g1(n):
    for i in range(n):
        yield i * 5
print(type(v3).__name__)
print(v2 is v2 + 0, v2 == v2 + 0)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
t5 = 100.0
t6 = id(t5)
del t5
t7 = -2.25
print(id(t7) == t6)
v8 = len(v3)
v9 = "abc123"
v3 = v3.lower()
if v4:
    print(v4.pop())
print(type(v3).__name__)
v10 = ()
c11 = make_counter1()
print(c11(), c11(4), c11())
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
v4.append(len(v3))
del v4
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(len(v10))
print(sys.getsizeof(t7))
c12 = make_counter1()
print(c12(), c12(1), c12())
print(v10)
alias13 = v10
print(alias13 is v10, id(alias13) == id(v10))
v14 = C2(v2 * 1)
o15 = C1(len(v9))
o16 = C1(-v2)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
print(gc.is_tracked(v3))
v14 = C1(v8 // 1)
t17 = repr(v2)
t18 = id(t17)
del t17
t19 = v9.capitalize()
print(id(t19) == t18)
print(gc.collect())
