# gen.py 91 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(105)
o2 = C1(39)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r3 = f1(6000000000000000000000000000000000000000750, -22986, -88123)
print(r3)
t4 = [95, 700000000000000000000000000000000000000000648, 6000000000000000000000000619, 59268, 6000000000000000000638, 151]
t5 = id(t4)
del t4
t6 = [46, -1, 30000000000000000934, 253, 185, 203, 211, -89929, 35373]
print(id(t6) == t5)
v7 = "€"
r8 = f1(70000000000000000000000000000984, 78929, 1693416916)
print(r8)
v9 = repr(t6)
del v7
v10 = (57,)
r11 = f1(2302, 444930661, -66758)
print(r11)
v12 = C1(2004992669)
v13 = ()
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
c14 = make_counter1()
print(c14(), c14(2), c14())
print(type(o2).__name__)
acc15 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc15.append((i, x))
else:
    acc15.append(None)
print(len(acc15), acc15[-3:])
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v12 = C1(6000000000000000000000000000000000000000000889)
t16 = {}
t17 = id(t16)
del t16
t18 = dict(k0=len(acc15), k1=69, k2=60000000000000000000000000000000000000000000000000000496, k3=183, k4=10576)
print(id(t18) == t17)
o19 = C1(47)
o20 = C1(238)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
t6.append("-".join(str(e) for e in v13))
del o1
del o19
v21 = 0.1
print(gc.collect())
print(sys.getsizeof(v21))
if "k3" in t18:
    del t18["k3"]
if "k1" in t18:
    del t18["k1"]
if "k6" in t18:
    del t18["k6"]
r22 = f1(46793, 178, 2000000000000000000000000000000000000000000000000568)
print(r22)
def g1(n):
    for i in range(n):
        yield i * 1
alias23 = v12
print(alias23 is v12, id(alias23) == id(v12))
print(gc.is_tracked(v21))
print(len(gc.get_referents(o2)))
acc24 = []
for i in range(1):
    acc24.append((i, i))
print(len(acc24), acc24[-3:])
print(gc.collect())
