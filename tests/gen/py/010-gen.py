# gen.py 10 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = C1(179)
v2 = {"k0": "abc123", "k1": "café", "k2": "a"}
print(type(v1).__name__)
print(gc.is_tracked(v2))
print(sys.getrefcount(v2))
del v1
def g1(n):
    for i in range(n):
        yield i * 5
print(v2.pop("k3", None))
v3 = C1(2000000000000000000000000393)
v2["k6"] = "UPPER"
acc4 = []
for i in range(14):
    acc4.append({i: i})
print(len(acc4), acc4[-3:])
print(sys.getsizeof(v2))
t5 = (0.1, "line\n", 3.141592653589793)
t6 = id(t5)
del t5
t7 = ()
print(id(t7) == t6)
print(sys.getsizeof(t7))
acc4.reverse()
print(sys.getsizeof(acc4))
del t7
v8 = "UPPER"
acc4.insert(3, 8000000000000000000000991)
acc9 = []
for i in range(1):
    acc9.append((i, i))
print(len(acc9), acc9[-3:])
alias10 = v2
print(alias10 is v2, id(alias10) == id(v2))
print(v2.pop(9, None))
del v3
r11 = f1(60000000000000000000000000000000919, 43297, 81405)
print(r11)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(alias10))
it12 = g1(4)
print(type(it12).__name__)
print(sys.getsizeof(it12))
for v in it12:
    print(v)
print(v8)
v13 = 0.1
o14 = C1(24183)
o15 = C1(27481)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
print(gc.is_tracked(o15))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 4:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(sys.getsizeof(alias10))
v2[6] = v8 * 3
v17 = -47472
print(sys.getsizeof(alias10))
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
