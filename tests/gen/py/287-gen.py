# gen.py 287 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=5):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = 2.5e-3
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = C1(8000000000000000000000162)
v2 = C1(-67723)
print(sys.getsizeof(v2))
print(gc.is_tracked(v2))
t3 = ()
t4 = id(t3)
del t3
t5 = ("café", 40000000000000000000000000000000000636)
print(id(t5) == t4)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v6 = "xxxxxxxxxx"
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
v7 = {13, 45, 61, 34, 12}
print(gc.collect())
v8 = C1(154)
t9 = dict()
t10 = id(t9)
del t9
t11 = {190: 80000000000000000000000000000000000000000000000000000571}
print(id(t11) == t10)
print(sys.getrefcount(v8))
c12 = make_counter1()
print(c12(), c12(4), c12())
print(sys.getrefcount(v2))
t13 = 190.93
t14 = id(t13)
del t13
t15 = 0.1
print(id(t15) == t14)
c16 = make_counter1()
print(c16(), c16(1), c16())
del v8
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
o17 = C1(488248020)
o18 = C1(75179)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(sys.getsizeof(v6))
alias19 = v2
print(alias19 is v2, id(alias19) == id(v2))
print(sys.getrefcount(alias19))
o20 = C1(len(v6))
o21 = C1(163)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
t11[4] = str(t15)
v6 = "-".join(str(e) for e in t5)
r22 = f1(174)
print(r22)
r23 = f1(235)
print(r23)
v24 = v6.capitalize()
t15 = t15 * 3.141592653589793
c25 = make_counter1()
print(c25(), c25(7), c25())
v7 = v7 | v7
v26 = C1(159)
print(gc.collect())
