# gen.py 3 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
v1 = b"a"
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 2
print(sys.getsizeof(v1))
v2 = 16
v3 = (0.1, v2 * -3, v2 % 10, 431.64, float(v2), v2 / 2)
o4 = C1(447002176)
o5 = C1(len(v3))
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
del v3
v6 = {i: i * i for i in range(6)}
v7 = (v2 + -94424, float(v2), v2 + 50, 971.25, "snake_case")
v8 = {i % 8 for i in range(27)}
it9 = g1(4)
print(type(it9).__name__)
print(sys.getsizeof(it9))
for v in it9:
    print(v)
it10 = g1(4)
print(type(it10).__name__)
print(sys.getsizeof(it10))
for v in it10:
    print(v)
print(len(v8))
x1 = ()
x2 = ()
print(x1 is x2)
print(len(gc.get_referents(v6)))
v6[10] = f"<{v2}>"
o11 = C1(v2 + 260175372)
o12 = C1(-v2)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
r13 = f1(v2 // 3, -v2, len(v7))
print(r13)
v6["k4"] = repr(v2)
print(v6.get("k5"), list(v6.keys())[:3])
v14 = {66: -v2, 91: len(v6), 41: 156, 274: len(v7)}
def g2(n):
    for i in range(n):
        yield i * 5
print(v14.pop(4, None))
r15 = f1(len(v7), v2 + 20703, 1865528978)
print(r15)
t16 = 3.141592653589793
t17 = id(t16)
del t16
t18 = 0.0
print(id(t18) == t17)
v19 = C1(v2 + 241)
print(type(v8).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v19 = C1(-v2)
v20 = dict(k0=v2 // 2, k1=v2 // 1, k2=v2 ** 2, k3=v2 % 10)
print(v2 is v2 + 0, v2 == v2 + 0)
v6["k6"] = v2 * 4
v21 = float(v2)
print(v20.get(4), list(v20.keys())[:3])
print(len(v7))
acc22 = []
for i in range(3):
    acc22.append(i * 1000)
print(len(acc22), acc22[-3:])
v23 = {0, 42, 53}
print(v2 is v2 + 0, v2 == v2 + 0)
print(gc.collect())
