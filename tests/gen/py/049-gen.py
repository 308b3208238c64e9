# gen.py 49 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(6):
        acc.append(i)
    return acc
v1 = b"zzzzzzzzzzzzzzzzzzzzzz"
o2 = C1(4250)
o3 = C1(211)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
v4 = {}
o5 = C1(400000000000000000000000000000000000000000000000000000000788)
o6 = C1(1095302696)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(sys.getsizeof(o3))
o7 = C1(35571)
o8 = C1(0)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
del o7, o8
print(gc.collect())
v9 = ()
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(v4.get(12), list(v4.keys())[:3])
print(type(v4).__name__)
print(len(v4))
v10 = 1.5
o11 = C1(203)
o12 = C1(1000000000000000000000000000000000000000000000000000000000182)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
v10 = 269.96
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
v1 = b"zzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
o13 = C1(len(v4))
o14 = C1(1345519101)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
def g1(n):
    for i in range(n):
        yield i * 5
t15 = {}
t16 = id(t15)
del t15
t17 = {"k0": 50000000000000000000000449, "k1": 30000000000000000000000000000000410, "k2": len(v4), "k3": 1340314913, "k4": str(v10), "k5": 58, "k6": 7000000000000000000000000000522}
print(id(t17) == t16)
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
del o14
print(list(g1(4)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
t17 = {i: i * i for i in range(0)}
v18 = set()
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
x1 = 256
x2 = 256
print(x1 is x2)
c19 = make_counter1()
print(c19(), c19(4), c19())
v10 = 3.141592653589793
r20 = f1()
print(r20)
v18.add(19)
alias21 = o3
print(alias21 is o3, id(alias21) == id(o3))
del v9
r22 = f1()
print(r22)
v1 = b"a"
alias23 = v10
print(alias23 is v10, id(alias23) == id(v10))
print(gc.collect())
