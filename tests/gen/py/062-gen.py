# gen.py 62 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = "xxxxxxxxxxxxx"
print(v1)
v2 = b""
v3 = "snake_case"
print(gc.collect())
o4 = C1(len(v3))
o5 = C1(10000000000000000000000000000000000885)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 2:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(sys.getsizeof(v2))
v7 = acc6 + [182]
del v3
print(sys.getsizeof(acc6))
print(type(acc6).__name__)
if v7:
    print(v7.pop())
v7.append(v1 * 0)
def g1(n):
    for i in range(n):
        yield i * 4
acc6 = [136, "-".join(str(e) for e in v7), v1 + "b", "-".join(str(e) for e in v7), -2.25]
print(sum(x * x for x in range(11)))
v8 = 152
print(type(v8).__name__)
print(type(v1).__name__)
c9 = make_counter1()
print(c9(), c9(8), c9())
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(len(v7))
print(sys.getsizeof(v8))
print(sys.getsizeof(v8))
x1 = 256
x2 = 256
print(x1 is x2)
v7.insert(2, v8 % 10)
v10 = set()
v10.add(26)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v8))
x1 = -6
x2 = -6
print(x1 is x2)
x1 = 257
x2 = 257
print(x1 is x2)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11 = tuple(acc6)
print(sys.getrefcount(v10))
print(sys.getsizeof(v1))
v7.append(v1 + "tab\t")
del v7[:1]
print(gc.collect())
