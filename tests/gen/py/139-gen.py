# gen.py 139 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v2 = 157
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
print(gc.is_tracked(alias5))
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
acc6.append(-alias5)
acc6 = []
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
print(len(acc8))
c9 = make_counter1()
print(c9(), c9(1), c9())
v10 = acc6 * 1
acc6.append(v2 % 97)
print(sys.getsizeof(alias5))
v11 = "-".join(str(e) for e in v10)
print(sys.getsizeof(acc6))
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
t12 = v11.replace("l", "L")
t13 = id(t12)
del t12
t14 = "b"
print(id(t14) == t13)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
del acc6
acc8.extend(range(6))
c15 = make_counter1()
print(c15(), c15(9), c15())
print(v2 is v2 + 0, v2 == v2 + 0)
del r4
acc16 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc16.append((i, x))
else:
    acc16.append(None)
print(len(acc16), acc16[-3:])
print(gc.collect())
