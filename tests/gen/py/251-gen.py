# gen.py 251 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
o1 = C1(20458)
o2 = C1(400000000000000000000610)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = [31]
t4 = {-12: 66473, -20: 58809, 283: 226}
t5 = id(t4)
del t4
t6 = dict(k0=81, k1=54, k2=1343111912)
print(id(t6) == t5)
v7 = 3.141592653589793
print(gc.is_tracked(t6))
v8 = bytes(6)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v8 = b"hello"
del t6
x1 = 257
x2 = 257
print(x1 is x2)
print(v8)
v9 = (75183, 1281998459, v7 * 0.1, 600000000000000000000121)
v10 = 50
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
v11 = v8[1:]
print(v11)
del v3[:1]
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(type(v8).__name__)
v3.insert(0, v10 + 147)
v3.insert(-2, v10 * -2)
v12 = {}
x1 = -6
x2 = -6
print(x1 is x2)
acc13 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc13.append((i, x))
else:
    acc13.append(None)
print(len(acc13), acc13[-3:])
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getrefcount(acc13))
print(sys.getrefcount(v3))
print(type(v9).__name__)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
alias15 = v10
print(alias15 is v10, id(alias15) == id(v10))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
if acc14:
    acc14[0] = "中文"
v16 = repr(v12)
print(type(v8).__name__)
print(sum(x * x for x in range(4)))
print(acc14)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
