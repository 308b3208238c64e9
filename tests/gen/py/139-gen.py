# gen.py 139 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = "café"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v1
v2 = C1(157)
v3 = 0.0
r4 = f1()
print(r4)
alias5 = v2
print(alias5 is v2, id(alias5) == id(v2))
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 1
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
print(gc.collect())
print(sys.getrefcount(alias5))
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
print(v3)
print(len(acc6))
it7 = g1(1)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
acc6.append(790)
r8 = f1()
print(r8)
alias9 = v3
print(alias9 is v3, id(alias9) == id(v3))
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
del acc6[:2]
c10 = make_counter1()
print(c10(), c10(1), c10())
v11 = acc6 * 1
acc6.append(229)
print(sys.getsizeof(alias5))
v12 = "-".join(str(e) for e in v11)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
def g2(n):
    for i in range(n):
        yield i * 1
t13 = v12.replace("l", "L")
t14 = id(t13)
del t13
t15 = "café"
print(id(t15) == t14)
v16 = {i % 6 for i in range(25)}
v17 = "café"
acc18 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
v19 = v12 + "  pad  "
print(v3)
t20 = {i: i * i for i in range(4)}
t21 = id(t20)
del t20
t22 = {"k0": v19 * 4, "k1": "tab\t", "k2": v19[1:6], "k3": 1000000000000000000000000000522}
print(id(t22) == t21)
v23 = 33697
print(gc.collect())
