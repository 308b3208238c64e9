# gen.py 38 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "xxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=5):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(3000000000000000000000000000000000000000000539)
o2 = C1(189)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = b""
r4 = f1(38689, 70000000000000000000000000000000000000000000000294)
print(r4)
def g1(n):
    for i in range(n):
        yield i * 3
print(len(v3))
try:
    print(undefined_name_2)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
t5 = [10, 1491562316, 188]
t6 = id(t5)
del t5
t7 = [18, 1000000000000000000000000384, 5000000000000000000000000000033, 85085, 9000000000000000000000000000000000000000000000000000000000213, -17774, 148]
print(id(t7) == t6)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v8 = 100.0
o9 = C2(len(t7))
o10 = C2(-53901)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
print(sys.getsizeof(v3))
print(gc.collect())
print(len(gc.get_referents(t7)))
print(gc.is_tracked(v3))
print(sys.getsizeof(v8))
v11 = "€"
print(sum(g1(5)), max(g1(2), default=-1))
v12 = f"<{v8}>"
v13 = -43251
print(sys.getsizeof(v13))
v14 = {i % 8 for i in range(30)}
print(sys.getsizeof(t7))
del t7[:3]
it15 = g1(2)
print(type(it15).__name__)
print(sys.getsizeof(it15))
for v in it15:
    print(v)
acc16 = []
for i in range(22):
    acc16.append(i)
print(len(acc16), acc16[-3:])
print(9 in v14)
print(gc.is_tracked(v8))
print(v3)
t7 = acc16 * 0
print(gc.is_tracked(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v17 = C2(v13 ** 2)
print(gc.collect())
