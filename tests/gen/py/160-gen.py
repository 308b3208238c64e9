# gen.py 160 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
t1 = 1.5
t2 = id(t1)
del t1
t3 = 0.0
print(id(t3) == t2)
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(gc.is_tracked(acc4))
print(t3)
o5 = C1(2000000000000000000000000000153)
o6 = C1(-60368)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v7 = {42, -3, 85, 64, 85}
o5 = C1(500000000000000000000000000000000000000000000000000000876)
acc4.reverse()
x1 = 256
x2 = 256
print(x1 is x2)
v8 = 88
def g1(n):
    for i in range(n):
        yield i * 4
v9 = v8 * 4
t10 = acc4 + [v8 // -4]
t11 = id(t10)
del t10
t12 = acc4 * 3
print(id(t12) == t11)
t12.insert(0, v9 // 3)
del t12
v13 = (f"<{v9}>", "line\n", str(v8), v9 // 1, "中文")
print(v8 is v8 + 0, v8 == v8 + 0)
print(v8 is v8 + 0, v8 == v8 + 0)
del o6
v14 = str(v8)
v7.add(15)
print(sum(g1(5)), max(g1(0), default=-1))
print(type(v7).__name__)
t3 = 0.1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c15 = make_counter1()
print(c15(), c15(4), c15())
r16 = f1(v8 ** 3, v9 * 0)
print(r16)
v17 = acc4 * 3
o18 = C1(v9 * -2)
o19 = C1(len(acc4))
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(gc.collect())
o20 = C1(v9 * 7)
o21 = C1(v9 // 7)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
r22 = f1(-v8, v8 // 3)
print(r22)
print(sys.getsizeof(t3))
v23 = {i: i * i for i in range(12)}
v24 = C1(len(v14))
v25 = acc4[:]
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
if v25:
    v25[0] = v14.replace("l", "L")
print(len(v23))
print(gc.collect())
