# gen.py 134 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    return acc
v1 = 1e10
v2 = (100.0, "snake_case", v1 * 3.141592653589793, v1 * 1.5)
print(len(v2))
acc3 = []
for i in range(20):
    acc3.append([i])
print(len(acc3), acc3[-3:])
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc3.extend(range(5))
o4 = C1(20000000000000000000000000638)
o5 = C1(201)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(type(acc3).__name__)
o6 = C1(-47247)
o7 = C1(1516)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(sys.getsizeof(o6))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v8 = 22
print(type(v1).__name__)
r9 = f1(9)
print(r9)
print(v8 is v8 + 0, v8 == v8 + 0)
v10 = ("café", "abc123", "hello", 100.0)
v11 = (str(v8), v8 % 97, v8 / 7, 0.0, 3.141592653589793, -v8)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc3.reverse()
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(type(v11).__name__)
v12 = dict(k0=len(v2), k1=8000000000000000000000000000000766)
v12["k2"] = acc3 + [v8 * -2]
v13 = v8 / -8
print(gc.is_tracked(v8))
v14 = b"zzzzzzzzzzzzzzzzzzzzz"
print(sys.getsizeof(v1))
print(v8 is v8 + 0, v8 == v8 + 0)
v8 = -v8
print(type(v1).__name__)
print(v10)
del v10
del o6
v2 = (len(v2),)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 1
print(type(v12).__name__)
o15 = C1(-29191)
o16 = C1(v8 % 2)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
acc17 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc17.append(i)
    i += 1
print(len(acc17), acc17[-3:])
print(type(v11).__name__)
print(gc.collect())
