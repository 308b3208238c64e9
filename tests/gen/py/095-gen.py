# gen.py 95 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(-37004)
print(sys.getsizeof(v1))
v2 = "ü"
print(gc.is_tracked(v1))
v3 = {-13: -90483, 133: 215, 292: 62}
v4 = 194
del v3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
v5 = 2.5e-3
t6 = dict()
t7 = id(t6)
del t6
t8 = dict(k0=v4 * -3, k1=185, k2=v4 // 7, k3=v4 % 2)
print(id(t8) == t7)
o9 = C1(v4 + -56225)
o10 = C1(255)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
r11 = f1()
print(r11)
r12 = f1()
print(r12)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if "k0" in t8:
    del t8["k0"]
r13 = f1()
print(r13)
print(t8.pop(2, None))
print(v1.a, v1.total())
def g1(n):
    for i in range(n):
        yield i * 4
o14 = C1(-v4)
o15 = C1(v4 ** 4)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
print(sys.getsizeof(o10))
t16 = repr(v4)
t17 = id(t16)
del t16
t18 = v2.replace("l", "L")
print(id(t18) == t17)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
it19 = g1(4)
print(type(it19).__name__)
print(sys.getsizeof(it19))
for v in it19:
    print(v)
v20 = 3.141592653589793
v21 = list(range(0))
r22 = f1()
print(r22)
print(sum(g1(2)), max(g1(3), default=-1))
print(gc.is_tracked(v21))
alias23 = v20
print(alias23 is v20, id(alias23) == id(v20))
acc24 = []
for i in range(21):
    acc24.append((i, i))
print(len(acc24), acc24[-3:])
r25 = f1()
print(r25)
print(gc.is_tracked(v2))
def g2(n):
    for i in range(n):
        yield i * 1
print(sys.getsizeof(v5))
del r12
print(gc.collect())
