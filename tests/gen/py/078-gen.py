# gen.py 78 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = set()
del v1
v2 = {84, 18, 17, 94, 91, 41, 41}
v3 = [1103921440, 700000000000000000000742, 51, -30083]
acc4 = []
for i in range(13):
    acc4.append({i: i})
print(len(acc4), acc4[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = -70995
alias6 = v3
print(alias6 is v3, id(alias6) == id(v3))
v3.append(17888)
print(sys.getsizeof(v3))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
alias6.extend(range(1))
alias6 = [[j] * 3 for j in range(0)]
v7 = (-v5,)
def g1(n):
    for i in range(n):
        yield i * 2
v8 = bytes(2)
v9 = {i % 1 for i in range(10)}
print(v8)
v2.discard(10)
x1 = 1000
x2 = 1000
print(x1 is x2)
del v7
if acc4:
    print(acc4.pop())
del v3
c10 = make_counter1()
print(c10(), c10(6), c10())
del v9
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
def g2(n):
    for i in range(n):
        yield i * 5
c12 = make_counter1()
print(c12(), c12(8), c12())
x1 = 256
x2 = 256
print(x1 is x2)
v13 = {14: -v5, 196: v5 + 2112174683, 267: 70000000000000000000000000000000000000000000000000000634, 290: 145, -11: 16676, 152: v5 ** 4}
r14 = f1(-v5, v5 // 1)
print(r14)
print(sys.getsizeof(v13))
c15 = make_counter1()
print(c15(), c15(1), c15())
o16 = C1(v5 + 100000000000000000000000000000000000000000000000000003)
o17 = C1(-v5)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
r18 = f1(253, v5 % 97)
print(r18)
v2.add(4)
v2.discard(38)
print(gc.collect())
