# gen.py 233 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
v1 = [241, 39, 90000000000000000000000000000000000000000000000000000000153]
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
i = 0
while i < 1:
    if i % 3 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = 2.5e-3
v4 = b"hello"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = v3 * 100.0
v1.append(f"<{v3}>")
v5 = v4[1:]
v6 = [93, 23]
r7 = f1()
print(r7)
o8 = C1(150)
o9 = C1(1008313032)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = 1785334346
print(type(v10).__name__)
v11 = ()
acc2.insert(3, v10 ** 2)
acc2.reverse()
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print(5 // 0)
except Exception as e:
    print(type(e).__name__, e)
o12 = C1(v10 ** 5)
o13 = C1(v10 % 2)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(sum(x * x for x in range(29)))
print(sys.getsizeof(v10))
print(v10 is v10 + 0, v10 == v10 + 0)
v14 = v6[:]
v15 = {33, 52, 11, 93}
v16 = {-17: len(v14), 4: v10 % 97, 14: 1504569815, 1: -v10, 282: len(v14), 168: v10 + 78663, 280: 7665}
v17 = v3 * 1.5
print(sum(g1(0)), max(g1(2), default=-1))
v18 = (v10 ** 5,)
v19 = 5
it20 = g1(2)
print(type(it20).__name__)
print(sys.getsizeof(it20))
for v in it20:
    print(v)
print(sys.getrefcount(v16))
o21 = C1(v10 // 1)
o22 = C1(v10 + 90000000000000000000000000000000000000000426)
o21.other = o22
o22.other = o21
print(sys.getrefcount(o21), sys.getrefcount(o22))
del o21, o22
print(gc.collect())
o23 = C1(v10 * 7)
o24 = C1(-v19)
o23.other = o24
o24.other = o23
print(sys.getrefcount(o23), sys.getrefcount(o24))
del o23, o24
print(gc.collect())
print(gc.is_tracked(v10))
print(len(gc.get_referents(v1)))
print(gc.collect())
