# gen.py 101 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
r1 = f1(77)
print(r1)
v2 = C1(6000000000000000000000000000000652)
acc3 = []
for i in range(6):
    acc3.append((i, i))
print(len(acc3), acc3[-3:])
r4 = f1(163)
print(r4)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(acc3))
acc3.insert(-2, -1111)
print(sys.getsizeof(v2))
v5 = {114: 216}
v6 = "-".join(str(e) for e in acc3)
print(sys.getsizeof(v6))
print(sys.getrefcount(acc3))
alias7 = v2
print(alias7 is v2, id(alias7) == id(v2))
v8 = 80000000000000000000000692
o9 = C1(v8 // 2)
o10 = C1(v8 // 1)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
print(sys.getsizeof(v8))
v8 = 93
v11 = tuple(acc3)
acc12 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v11 = ()
o13 = C1(-v8)
o14 = C1(len(v11))
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
x1 = 1000
x2 = 1000
print(x1 is x2)
v11 = (v8 + 28,)
v15 = {}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c16 = make_counter2()
print(c16(), c16(9), c16())
c17 = make_counter1()
print(c17(), c17(3), c17())
r18 = f1(len(v15))
print(r18)
print(sys.getsizeof(v6))
print(sys.getsizeof(o10))
v19 = [len(acc12), v8 + 1000000000000000421, len(acc12), 13, v8 * -2, -v8, v8 // 7]
acc20 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
print(type(v8).__name__)
def g1(n):
    for i in range(n):
        yield i * 5
v21 = acc12 + [14]
t22 = f"<{v8}>"
t23 = id(t22)
del t22
t24 = v6.upper()
print(id(t24) == t23)
v25 = v8 * 1
print(gc.collect())
