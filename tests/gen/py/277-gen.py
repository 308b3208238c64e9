# gen.py 277 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
v1 = C1(229)
v1 = C1(84425)
v2 = "Hello World"
v3 = list(range(2))
v3.append(660)
v3.insert(0, -27734)
alias4 = v3
print(alias4 is v3, id(alias4) == id(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias4.extend(range(5))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = {"k0": "line\n", "k1": 800000000000000000000000664, "k2": v2 + "Hello World", "k3": "a-b-c"}
r6 = f1(-30168)
print(r6)
v7 = 0.0
acc8 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
v7 = 1.5
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v9 = ()
r10 = f1(-65372)
print(r10)
v11 = C1(195156917)
def g1(n):
    for i in range(n):
        yield i * 3
del v2
if 5 in v5:
    del v5[5]
print(type(acc8).__name__)
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
print(v11.a, v11.total())
v3.insert(-2, -66768)
print(sum(x * x for x in range(9)))
o12 = C1(67)
o13 = C1(87)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
print(type(v5).__name__)
print(sys.getrefcount(v11))
v14 = {i % 7 for i in range(2)}
it15 = g1(2)
print(type(it15).__name__)
print(sys.getsizeof(it15))
for v in it15:
    print(v)
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
print(sum(g1(2)), max(g1(0), default=-1))
print(gc.collect())
