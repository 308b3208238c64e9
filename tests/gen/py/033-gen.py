# gen.py 33 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r1 = f1(-54490)
print(r1)
v2 = {66, 92, 82, 26, 10, 2}
print(sorted(v2))
print(10 in v2)
print(len(v2))
v3 = {264: 24562, -4: 20000000000000000000152, 27: 655}
v2.add(43)
def g1(n):
    for i in range(n):
        yield i * 4
r4 = f1(1951094068)
print(r4)
print(v3)
v5 = b"hello"
print(sys.getsizeof(v2))
print(sum(g1(7)), max(g1(3), default=-1))
v6 = 1e10
acc7 = []
i = 0
while i < 16:
    if i % 4 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
del v5
del r4
v8 = v2 | v2
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
v8.discard(21)
print(list(g1(3)))
del r1
print(sorted(v8))
print(gc.collect())
print(type(v3).__name__)
o9 = C1(217)
o10 = C1(1145)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
v11 = "line\n"
v12 = {i: i * i for i in range(12)}
del v12
print(gc.is_tracked(v2))
c13 = make_counter1()
print(c13(), c13(1), c13())
del v6
o14 = C1(3000000000000000000000000000000000000100)
o15 = C1(-65231)
o14.other = o15
o15.other = o14
print(sys.getrefcount(o14), sys.getrefcount(o15))
del o14, o15
print(gc.collect())
v16 = C1(13395)
v17 = repr(acc7)
print(sorted(v2))
v18 = 2.5e-3
print(gc.collect())
