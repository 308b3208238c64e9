# gen.py 255 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
x1 = ()
x2 = ()
print(x1 is x2)
o1 = C1(9001)
o2 = C1(-26757)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = b"a"
def g1(n):
    for i in range(n):
        yield i * 3
t4 = 100.0
t5 = id(t4)
del t4
t6 = 1.5
print(id(t6) == t5)
print(sum(x * x for x in range(17)))
print(sys.getsizeof(v3))
print(gc.is_tracked(v3))
o7 = C1(124)
o8 = C1(46328)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
o9 = C1(209)
o10 = C1(6000000000000000000000000000000000000000000016)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
v11 = {i % 4 for i in range(28)}
del o8
print(v3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o12 = C1(38)
o13 = C1(218)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
o7 = C1(203)
t14 = {}
t15 = id(t14)
del t14
t16 = {247: -16100, 191: 96996, 12: 363804198, 142: 100000000000000000000000000352, 258: 15817, 151: 1935569343}
print(id(t16) == t15)
v17 = C1(1609319567)
t18 = {94: 900000000000000000000000000000000000000000000000000206, 39: 48, 166: -68740, 15: 184, 148: len(t16), 188: 119, 48: 2000000000000000000000000000000000000000000320}
t19 = id(t18)
del t18
t20 = {}
print(id(t20) == t19)
o7 = C1(10000000000000000000000000000000000000000000000604)
print(len(gc.get_referents(v17)))
print(sys.getrefcount(t20))
print(len(t20))
t6 = -2.25
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(sys.getrefcount(o9))
print(v17.a, v17.total())
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(t16)
def g2(n):
    for i in range(n):
        yield i * 1
print(sys.getsizeof(t6))
v11.discard(50)
v3 = v3 + b"abc"
print(sys.getrefcount(v11))
print(11 in v11)
r21 = f1(82, 42838)
print(r21)
print(gc.collect())
