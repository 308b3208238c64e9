# gen.py 226 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = 0.0
x1 = ()
x2 = ()
print(x1 is x2)
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
v3 = b""
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
print(acc4)
del acc4[:0]
v5 = [-13486, 21296, 700000000000000000000000000000000000000000104, 90734, 94]
print(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(acc4))
c6 = make_counter1()
print(c6(), c6(4), c6())
if acc4:
    acc4[0] = repr(v1)
v5.append(85426)
acc4.insert(2, 66)
print(type(v1).__name__)
v7 = 110
x1 = -6
x2 = -6
print(x1 is x2)
t8 = float(v7)
t9 = id(t8)
del t8
t10 = 103.95
print(id(t10) == t9)
def g1(n):
    for i in range(n):
        yield i * 4
o11 = C1(len(acc4))
o12 = C1(38)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
r13 = f1(v7 + 160, len(v5))
print(r13)
print(v3)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v14 = [i * 3 for i in range(2)]
r15 = f1(-v7, v7 // 1)
print(r15)
print(type(acc4).__name__)
v16 = C2(v7 ** 2)
print(len(gc.get_referents(v14)))
v17 = {14, 39, 82, 8}
print(type(v7).__name__)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(type(v16).__name__)
print(v3)
c18 = make_counter1()
print(c18(), c18(9), c18())
print(gc.is_tracked(v1))
print(gc.collect())
