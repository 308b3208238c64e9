# gen.py 242 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=4):
    acc = [p0]
    acc = tuple(acc)
    return acc
o1 = C2(1382432716)
o2 = C2(29229)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C2(8718)
v4 = -2.25
v5 = [16, 50, f"<{v4}>", 0.1]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if v5:
    v5[0] = "a"
print(sys.getsizeof(v3))
print(v4)
v6 = 185.1
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
acc7.reverse()
del v5[:3]
if v5:
    print(v5.pop())
v8 = {50: 92071, -6: 235, 258: 168, -15: 24610409}
v9 = 2.5e-3
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v10 = "snake_case"
print(sys.getsizeof(acc7))
print(v8)
r11 = f1(41)
print(r11)
print(type(v6).__name__)
o12 = C2(81)
o13 = C2(600000000000000000000000000000275)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
print(v8.pop(11, None))
v14 = "Hello World"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v15 = set()
v16 = 111
v17 = 100000000000000000000000000000000000000018
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
v18 = set(range(1))
def g2(n):
    for i in range(n):
        yield i * 1
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
acc19 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
v20 = v14.swapcase()
v21 = (-2.25, v16 % 10, v17 / 3, v16 / 2)
v22 = acc7 + [v17 + 143]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(11 in v15)
print(gc.collect())
