# gen.py 6 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a"
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
    acc = {str(i): i for i in acc}
    return acc
v1 = 400000000000000000000000000000000000000000932
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = [v1 ** 4, -v1, 2000000000000000000000000000717, v1 * -3]
print(sys.getsizeof(v2))
print(sys.getsizeof(v1))
print(len(v2))
v2.append(len(v2))
print(sys.getsizeof(v2))
print(gc.is_tracked(v1))
print(type(v1).__name__)
print(sys.getsizeof(v1))
x1 = ()
x2 = ()
print(x1 is x2)
print(v1 is v1 + 0, v1 == v1 + 0)
c3 = make_counter1()
print(c3(), c3(3), c3())
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
r5 = f1(70000000000000000000529, -92750, v1 % 10)
print(r5)
r6 = f1(v1 + 58, -v1, len(acc4))
print(r6)
acc4.insert(1, len(acc4))
c7 = make_counter1()
print(c7(), c7(7), c7())
del r5
def g1(n):
    for i in range(n):
        yield i * 4
acc4.reverse()
print(sys.getsizeof(acc4))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v2))
acc4.reverse()
print(sys.getsizeof(v2))
v8 = b""
print(gc.collect())
c9 = make_counter1()
print(c9(), c9(8), c9())
print(gc.collect())
print(len(v2))
o10 = C1(2000000000000000000000000000000000000000000000237)
o11 = C1(-v1)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = acc4 + [v1 * -3]
r13 = f1(37, len(v12), 65)
print(r13)
print(sys.getsizeof(v8))
r14 = f1(273461215, -v1, -v1)
print(r14)
v15 = 0.1
v2.reverse()
v16 = v12[:]
print(gc.collect())
