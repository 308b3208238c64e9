# gen.py 56 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(2):
        acc.append(i)
    return acc
o1 = C1(75465)
o2 = C1(905852467)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = 32588
print(sys.getsizeof(v3))
print(type(v3).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = [v3 // 2, -v3]
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v4[:0]
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
alias5.insert(0, 90000000000000000000000000000000000000000000000702)
v6 = ["ü", "tab\t", v3 + 1241421558, 100.0, "Hello World"]
c7 = make_counter1()
print(c7(), c7(9), c7())
def g1(n):
    for i in range(n):
        yield i * 1
v8 = len(v4)
v9 = tuple(v6)
print(gc.collect())
del v6[:1]
print(v8)
if v4:
    v4[0] = "hello"
print(len(v4))
v10 = v3 / 2
acc11 = []
i = 0
while i < 17:
    if i % 3 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sum(x * x for x in range(25)))
print(gc.is_tracked(v3))
r12 = f1(v8 * 2, len(v4), v8 // 7)
print(r12)
o13 = C1(len(alias5))
o14 = C1(v3 ** 2)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
print(gc.is_tracked(v8))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc15 = []
for i in range(4):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
del acc15[:0]
print(sys.getsizeof(v3))
del v4[:0]
r16 = f1(v8 % 2, -v3, v8 // 7)
print(r16)
if alias5:
    alias5[0] = "spam eggs"
v17 = b""
v18 = {i: i * i for i in range(3)}
acc11.append("b")
print(gc.collect())
