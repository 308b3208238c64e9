# gen.py 81 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
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
    for i in range(2):
        acc.append(i)
    return acc
v1 = [147, 164]
print(type(v1).__name__)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v1))
print(sys.getrefcount(v1))
v2 = "xxxxxxxxxxxxxxxxxxx"
print(v2)
print(v1)
print(sys.getsizeof(v2))
v3 = 300000000000000000000000124
v1.extend(range(0))
print(len(gc.get_referents(v1)))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
r4 = f1(v3 * 3)
print(r4)
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
print(v1)
print(v3 is v3 + 0, v3 == v3 + 0)
if v1:
    v1[0] = v2.replace("l", "L")
print(sys.getsizeof(v2))
print(gc.is_tracked(v2))
t5 = v1 + [v3 % 10]
t6 = id(t5)
del t5
t7 = v1 * 1
print(id(t7) == t6)
print(type(t7).__name__)
v8 = t7 * 1
print(len(v2))
v8.append(v2[0:8])
v9 = v3 / 3
print(v3 is v3 + 0, v3 == v3 + 0)
def g1(n):
    for i in range(n):
        yield i * 1
o10 = C2(20000000000000000000000000000000000695)
o11 = C2(91)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
t7.insert(1, v3 // 1)
r12 = f1(len(t7))
print(r12)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(list(g1(5)))
v13 = str(v9)
print(sys.getsizeof(v8))
alias14 = v9
print(alias14 is v9, id(alias14) == id(v9))
print(list(g1(5)))
print(gc.collect())
