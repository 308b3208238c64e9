# gen.py 206 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = (3.141592653589793, "abc123", "line\n")
v2 = {}
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
v3 = 9000000000000000000000571
v4 = -v3
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 4
print(sys.getrefcount(v2))
v5 = "café"
print(len(gc.get_referents(v2)))
v6 = 0.1
v2.update({"k2": 0})
v2.update({"k6": 0})
acc7 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(gc.is_tracked(v1))
v8 = acc7 + [v3 // 3]
del v2
acc9 = []
i = 0
while i < 7:
    if i % 4 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
print(type(v3).__name__)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc7.extend(range(8))
v8.reverse()
print(v1)
t10 = ()
t11 = id(t10)
del t10
t12 = (v4 % 5, 94886, 0.0)
print(id(t12) == t11)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(list(g1(2)))
print(type(v5).__name__)
c13 = make_counter2()
print(c13(), c13(3), c13())
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
alias15 = acc7
print(alias15 is acc7, id(alias15) == id(acc7))
x1 = 1000
x2 = 1000
print(x1 is x2)
v16 = "tab\t"
print(sum(x * x for x in range(23)))
print(sys.getsizeof(t12))
print(t12)
print(sum(g1(0)), max(g1(2), default=-1))
print(gc.collect())
