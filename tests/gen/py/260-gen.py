# gen.py 260 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
acc1 = []
i = 0
while i < 2:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 2
v2 = 100.0
it3 = g1(4)
print(type(it3).__name__)
print(sys.getsizeof(it3))
for v in it3:
    print(v)
acc1.reverse()
print(sum(g1(2)), max(g1(1), default=-1))
v4 = ("中文", 0.0, 0.0, -86467, 30)
print(sys.getsizeof(v2))
print(len(gc.get_referents(v4)))
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(len(v4))
print(type(acc1).__name__)
print(sys.getrefcount(acc1))
if acc1:
    acc1[0] = f"<{v2}>"
print(gc.is_tracked(acc1))
if acc1:
    print(acc1.pop())
print(acc1)
if acc1:
    acc1[0] = f"<{v2}>"
if acc1:
    print(acc1.pop())
try:
    print(4 // 0)
except Exception as e:
    print(type(e).__name__, e)
t5 = "中文"
t6 = id(t5)
del t5
t7 = "abc123"
print(id(t7) == t6)
print(sys.getsizeof(acc1))
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
r9 = f1(131, 196, 52064)
print(r9)
if acc1:
    acc1[0] = "-".join(str(e) for e in acc1)
del acc1[:2]
print(len(gc.get_referents(acc1)))
alias10 = t7
print(alias10 is t7, id(alias10) == id(t7))
acc1.extend(range(3))
acc11 = []
for i in range(1):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
o12 = C1(228)
o13 = C1(667957639)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
acc1.extend(range(6))
print(v2)
print(gc.collect())
