# gen.py 101 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(77)
print(r1)
v2 = b"\x00\xff"
print(sys.getsizeof(v2))
print(sys.getsizeof(v2))
r3 = f1(163)
print(r3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
print(v2)
v4 = set(range(14))
v5 = {i: i * i for i in range(5)}
v6 = (137, -90023, 0.1)
x1 = 1000
x2 = 1000
print(x1 is x2)
v7 = 100.0
r8 = f1(86)
print(r8)
print(sys.getsizeof(v7))
v7 = 1.5
r9 = f1(-89263)
print(r9)
v6 = (212,)
print(len(v2))
def g1(n):
    for i in range(n):
        yield i * 2
v10 = 1970616087
v11 = {}
x1 = 1000
x2 = 1000
print(x1 is x2)
v12 = (v10 ** 2,)
alias13 = v6
print(alias13 is v6, id(alias13) == id(v6))
v14 = float(v10)
r15 = f1(400000000000000000000000469)
print(r15)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(sys.getsizeof(v6))
print(len(v12))
v16 = list(range(9))
r17 = f1(len(alias13))
print(r17)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
r18 = f1(v10 ** 5)
print(r18)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o19 = C1(v10 + 131)
o20 = C1(v10 * 6)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
v4.add(30)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
