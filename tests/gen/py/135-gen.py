# gen.py 135 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=4):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = (36532,)
v2 = (len(v1),)
v3 = [i * 3 for i in range(3)]
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v4 = -95878
print(type(v3).__name__)
print(gc.is_tracked(v4))
v5 = {}
v6 = [v4 * 7, len(v2), 6000000000000000000000000604, -90859, 1011931460, 68, 1452180424]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
v6 = [v4 ** 4, v4 % 5, v4 // 3, v4 // 1]
c8 = make_counter1()
print(c8(), c8(4), c8())
print(sys.getsizeof(v6))
o9 = C2(v4 % 2)
o10 = C2(-v4)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
if acc7:
    print(acc7.pop())
print(sys.getsizeof(v3))
print(v4 is v4 + 0, v4 == v4 + 0)
print(gc.is_tracked(acc7))
print(len(v2))
o11 = C1(v4 // -4)
o12 = C1(v4 + -25899)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
print(sys.getsizeof(v4))
print(sys.getsizeof(v3))
print(type(v4).__name__)
def g1(n):
    for i in range(n):
        yield i * 2
v13 = C2(v4 % 97)
print(sys.getsizeof(v3))
x1 = ()
x2 = ()
print(x1 is x2)
v14 = [v4 + -48937, 70000000000000000000000000000000000000000000000464, v4 + 2000000000000000000000000000000000000000000000000000309, v4 ** 4, 130, len(v5), v4 % 97, len(v1)]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(gc.get_referents(o11)))
v15 = C2(v4 * 6)
print(gc.is_tracked(v13))
t16 = tuple(acc7)
t17 = id(t16)
del t16
t18 = (198, 1e10, "-".join(str(e) for e in acc7), "a-b-c")
print(id(t18) == t17)
print(sys.getrefcount(v3))
if acc7:
    acc7[0] = repr(v4)
v5.update({"k6": 3})
print(len(v5))
acc19 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
def g2(n):
    for i in range(n):
        yield i * 5
print(gc.collect())
