# gen.py 102 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=9):
    acc = [p0]
    return acc
print(gc.collect())
t1 = -2.25
t2 = id(t1)
del t1
t3 = -2.25
print(id(t3) == t2)
o4 = C1(69)
o5 = C1(1769639308)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = [256, 1851360443, 80, 31, 56989]
r7 = f1(90000000000000000000000000000000000000000000893)
print(r7)
def g1(n):
    for i in range(n):
        yield i * 5
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getrefcount(o4))
x1 = ()
x2 = ()
print(x1 is x2)
v8 = bytes(9)
acc9 = []
for i in range(21):
    acc9.append(str(i))
print(len(acc9), acc9[-3:])
acc9.extend(range(2))
print(sys.getsizeof(v8))
v10 = "café"
v11 = 1e10
r12 = f1(-24903)
print(r12)
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r13 = f1(889311921)
print(r13)
print(list(g1(2)))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
c14 = make_counter1()
print(c14(), c14(5), c14())
print(type(v10).__name__)
print(gc.is_tracked(v10))
print(o5.a, o5.total())
def g2(n):
    for i in range(n):
        yield i * 1
print(gc.is_tracked(v8))
print(o5.a, o5.total())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v15 = b""
v6.insert(1, -1)
print(sys.getsizeof(v8))
v16 = v8 + b""
print(v11)
print(sys.getsizeof(v15))
t17 = (72798,)
t18 = id(t17)
del t17
t19 = ()
print(id(t19) == t18)
v20 = [i * 3 for i in range(11)]
v6.reverse()
print(gc.collect())
