# gen.py 28 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
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
v1 = set()
v2 = [43, 91552, 9000000000000000000000000000000000000000000000000000000000816, 998810333, 97, -83230]
x1 = ()
x2 = ()
print(x1 is x2)
print(len(v1))
v3 = 60000000000000000000000000386
v1.add(11)
print(type(v3).__name__)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
acc4 = []
for i in range(0):
    acc4.append(str(i))
print(len(acc4), acc4[-3:])
v5 = {}
v1.discard(9)
del v2
print(v3 is v3 + 0, v3 == v3 + 0)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc6 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
r7 = f1(v3 + 217, 57909, -88630)
print(r7)
acc4 = acc6[:]
v8 = (v3 // -4, -66571)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v1.discard(15)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
alias9 = acc4
print(alias9 is acc4, id(alias9) == id(acc4))
v10 = {i % 8 for i in range(30)}
v11 = set(range(4))
def g1(n):
    for i in range(n):
        yield i * 2
v12 = "café"
acc13 = []
for i in range(1):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
print(gc.is_tracked(v10))
v10.discard(22)
print(gc.is_tracked(v1))
acc6.append(v12 * 2)
v14 = 100.0
r15 = f1(108, v3 ** 4, v3 ** 2)
print(r15)
print(sys.getsizeof(v10))
print(len(v8))
print(sum(g1(6)), max(g1(2), default=-1))
v16 = C1(-v3)
print(sys.getsizeof(v8))
print(sys.getsizeof(v8))
print(gc.collect())
