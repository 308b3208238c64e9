# gen.py 44 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxx"
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
def f1(p0=0):
    acc = [p0]
    for i in range(1):
        acc.append(i)
    return acc
x1 = ()
x2 = ()
print(x1 is x2)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v1 = -2.25
v1 = 1e10
v2 = b"a"
print(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c3 = make_counter1()
print(c3(), c3(6), c3())
v4 = bytes(7)
c5 = make_counter1()
print(c5(), c5(5), c5())
print(type(v1).__name__)
v6 = C2(854900144)
v7 = {i: i * i for i in range(3)}
v8 = set(range(19))
v9 = "ü"
acc10 = []
for i in range(8):
    acc10.append({i: i})
print(len(acc10), acc10[-3:])
t11 = (1.5, v9[3:6])
t12 = id(t11)
del t11
t13 = (v9.lower(), v1 * 947.56)
print(id(t13) == t12)
def g1(n):
    for i in range(n):
        yield i * 3
r14 = f1(len(v9))
print(r14)
print(sys.getsizeof(t13))
v7[3] = 54316
r15 = f1(182)
print(r15)
alias16 = v8
print(alias16 is v8, id(alias16) == id(v8))
alias16.add(0)
v8 = {i % 9 for i in range(14)}
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc10.append(91)
alias17 = v2
print(alias17 is v2, id(alias17) == id(v2))
v18 = 1e10
print(type(alias17).__name__)
c19 = make_counter1()
print(c19(), c19(6), c19())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
v20 = 94
v21 = v9.title()
print(len(v9))
print(len(alias16))
v22 = (v9[3:9], "中文", "中文")
print(sorted(v8))
v8.discard(27)
print(gc.collect())
