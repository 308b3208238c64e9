# gen.py 266 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(0):
        acc.append(i)
    return acc
v1 = "snake_case"
v2 = -2.25
def g1(n):
    for i in range(n):
        yield i * 4
v3 = (7000000000000000040,)
o4 = C1(239)
o5 = C1(115)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sys.getsizeof(v2))
v6 = {204: 100000000000000000000286}
v7 = C1(111)
v8 = {i % 8 for i in range(19)}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9 = (len(v1), 43, -2.25, v1 * 3, v1.title())
del v7
v10 = 645.33
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
del v10
t11 = v1 * 2
t12 = id(t11)
del t11
t13 = v1[3:9]
print(id(t13) == t12)
print(sys.getsizeof(v3))
o14 = C1(89)
o15 = C1(len(v3))
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
v8.add(33)
del v6
v8.add(16)
r16 = f1(167, 2056105763, 200000000000000000000131)
print(r16)
print(sum(g1(8)), max(g1(0), default=-1))
print(13 in v8)
print(sys.getsizeof(v9))
print(gc.is_tracked(v9))
v8.add(19)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v8
o17 = C1(-52568)
o18 = C1(len(v1))
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
r19 = f1(150, 51, 7000000000000000000000000000000000000160)
print(r19)
v20 = {}
t21 = 551.49
t22 = id(t21)
del t21
t23 = 2.5e-3
print(id(t23) == t22)
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
v24 = (125, t13.replace("l", "L"), 66820)
print(type(t23).__name__)
v25 = [300000000000000000000000000000000000000000000000279, -3949, 153, 21, 73, 30]
r26 = f1(235, 46, 70000000000000000000000000000000000000000000000863)
print(r26)
print(gc.collect())
