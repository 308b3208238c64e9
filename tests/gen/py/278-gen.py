# gen.py 278 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=5):
    acc = [p0]
    for i in range(3):
        acc.append(i)
    return acc
o1 = C2(200)
o2 = C2(86712)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
print(sys.getrefcount(o2))
r3 = f1(104)
print(r3)
alias4 = o2
print(alias4 is o2, id(alias4) == id(o2))
v5 = [215, 330694643]
if v5:
    v5[0] = "ü"
del v5[:2]
v5.append(1710691981)
v6 = set(range(17))
v6.add(36)
v6.discard(4)
print(sys.getsizeof(o1))
v5.reverse()
v7 = len(v5)
print(sys.getsizeof(o2))
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v5 = acc8[:]
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v9 = {i % 3 for i in range(7)}
print(sys.getrefcount(v9))
acc8.extend(range(7))
del o2
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v10 = (1068, "hello")
acc11 = []
for i in range(17):
    acc11.append([i])
print(len(acc11), acc11[-3:])
def g1(n):
    for i in range(n):
        yield i * 5
v12 = repr(acc8)
print(gc.is_tracked(o1))
print(gc.is_tracked(v12))
t13 = {66: v7 + 93887}
t14 = id(t13)
del t13
t15 = {77: -v7, 165: v7 % 10, 203: v7 + 230, 183: v7 // 7, 124: 300000000000000000000000000000000000000000000000000000175, 115: v7 % 97}
print(id(t15) == t14)
print(v12)
t16 = tuple(acc8)
t17 = id(t16)
del t16
t18 = (float(v7), repr(v5), v7 // 3, v7 / -8, v7 % 97, -v7)
print(id(t18) == t17)
t19 = [i * 5 for i in range(3)]
t20 = id(t19)
del t19
t21 = [v7 + 112454321, v7 // 3, len(v10), v7 % 97, v7 + 178, v7 % 5, 465173124, v7 % 2]
print(id(t21) == t20)
r22 = f1(v7 % 97)
print(r22)
v23 = b"a"
print(type(t18).__name__)
acc24 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
v25 = 523.99
alias26 = t18
print(alias26 is t18, id(alias26) == id(t18))
print(gc.collect())
