# gen.py 266 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(0):
        acc.append(i)
    return acc
v1 = "snake_case"
v2 = -2.25
def g1(n):
    for i in range(n):
        yield i * 4
v3 = C1(len(v1))
acc4 = []
for i in range(0):
    acc4.append(i * 1000)
print(len(acc4), acc4[-3:])
acc4.extend(range(7))
alias5 = v2
print(alias5 is v2, id(alias5) == id(v2))
if acc4:
    print(acc4.pop())
r6 = f1(167, 219, 100000000000000000000286)
print(r6)
v7 = C1(1028960557)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v2)
acc8 = []
i = 0
while i < 20:
    if i % 5 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
o9 = C1(len(acc4))
o10 = C1(123)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
print(type(v2).__name__)
print(gc.is_tracked(v2))
acc8.extend(range(2))
r11 = f1(50000000000000000000000000000000000000000000000000746, len(v1), 242)
print(r11)
o12 = C1(-57085)
o13 = C1(500000000000000000000000000000000000000000046)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
t14 = v1 * 2
t15 = id(t14)
del t14
t16 = v1[3:9]
print(id(t16) == t15)
print(sys.getsizeof(alias5))
o17 = C1(89)
o18 = C1(len(acc4))
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
acc8.append(f"<{v2}>")
v19 = (240, v1 * 1, 0.0, "café", "abc123")
print(len(t16))
del acc8[:3]
print(alias5)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(v7.a, v7.total())
print(o9.a, o9.total())
t16 = "snake_case"
v20 = C1(9000000000000000000000000000000000000000962)
print(gc.collect())
try:
    print(2 // 0)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(o17))
acc4.extend(range(1))
print(sys.getsizeof(o17))
print(sys.getsizeof(t16))
del v2
acc4.reverse()
print(gc.collect())
