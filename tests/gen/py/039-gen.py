# gen.py 39 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = 93369
v2 = ()
v3 = {96, 91, 7, 45, 60, 69, 33}
v4 = b"zzzzzzzzzz"
v5 = 1636185119
print(gc.is_tracked(v4))
v3.add(33)
acc6 = []
for i in range(2):
    acc6.append([i])
print(len(acc6), acc6[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v2))
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
del v2
acc7 = []
for i in range(1):
    acc7.append({i: i})
print(len(acc7), acc7[-3:])
c8 = make_counter1()
print(c8(), c8(3), c8())
t9 = "line\n"
t10 = id(t9)
del t9
t11 = "tab\t"
print(id(t11) == t10)
print(sys.getsizeof(t11))
t11 = f"<{v5}>"
v12 = acc6[:]
def g1(n):
    for i in range(n):
        yield i * 1
v4 = v4[1:]
v13 = dict(k0=v1 * 4, k1=len(acc6), k2=v1 // 2, k3=v5 // 7)
v14 = acc7[:]
r15 = f1()
print(r15)
v16 = b""
alias17 = acc6
print(alias17 is acc6, id(alias17) == id(acc6))
print(gc.is_tracked(v1))
c18 = make_counter1()
print(c18(), c18(6), c18())
acc19 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
del v16
v20 = "a"
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
it21 = g1(3)
print(type(it21).__name__)
print(sys.getsizeof(it21))
for v in it21:
    print(v)
v22 = (v5 * -1,)
v23 = {97: len(alias17), -20: v1 + 1256679356, 226: -v1, 62: v5 // 3, 162: 45359}
del alias17
print(v1)
c24 = make_counter2()
print(c24(), c24(6), c24())
acc25 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
print(sys.getsizeof(v12))
print(gc.collect())
