# gen.py 117 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0=2):
    acc = [p0]
    return acc
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
r1 = f1(57189)
print(r1)
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
v3 = "Hello World"
print(len(acc2))
v4 = 0.0
acc2.insert(3, len(v3))
print(sys.getsizeof(v3))
acc2.reverse()
v5 = {i: i * i for i in range(4)}
v6 = b"hello"
v7 = set()
r8 = f1(len(v5))
print(r8)
v9 = tuple(acc2)
r10 = f1(96)
print(r10)
print(gc.is_tracked(v6))
r11 = f1(183)
print(r11)
v5[10] = acc2[:]
v7.add(47)
v12 = ("a-b-c", repr(v4))
v13 = set(range(6))
acc14 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
o15 = C1(500000000000000000000000243)
o16 = C1(60000000000000000000000000000000000000000000000000000081)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
t17 = (0.1, v4 * 1.5, v3 + "€", 0.0)
t18 = id(t17)
del t17
t19 = ()
print(id(t19) == t18)
print(sys.getsizeof(v13))
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
alias20 = v13
print(alias20 is v13, id(alias20) == id(v13))
print(sys.getsizeof(v12))
v4 = 0.0
v21 = set(range(4))
print(sys.getsizeof(o15))
print(type(v13).__name__)
del v3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 1
print(gc.collect())
