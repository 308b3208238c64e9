# gen.py 86 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = C1(10000000000000000000000000000000000000000000000000000785)
print(v1.a, v1.total())
print(sys.getsizeof(v1))
v2 = b"hello"
v3 = b"\x00\xff"
print(v3)
v4 = (-48234,)
acc5 = []
i = 0
while i < 18:
    if i % 3 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
o6 = C1(7000000000000000000974)
o7 = C1(86)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
del acc5[:1]
alias8 = acc5
print(alias8 is acc5, id(alias8) == id(acc5))
v9 = 40000000000000000000000000000000000000000000824
print(type(v9).__name__)
alias8.insert(3, 1796082128)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
v10 = (len(acc5),)
print(len(v10))
print(len(gc.get_referents(v10)))
acc11 = []
i = 0
while i < 14:
    if i % 5 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
v12 = v9 / 2
acc13 = []
i = 0
while i < 0:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
print(type(v12).__name__)
print(len(gc.get_referents(acc5)))
del v1
x1 = 256
x2 = 256
print(x1 is x2)
print(sys.getsizeof(acc5))
del alias8[:2]
v15 = {-2}
r16 = f1(v9 // 3, v9 // 3)
print(r16)
print(len(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v9 = v9 // 2
t17 = (v9 / -8, v9 / -8, str(v12), v9 // 3, 76250, "Hello World")
t18 = id(t17)
del t17
t19 = ()
print(id(t19) == t18)
print(sys.getsizeof(alias8))
print(gc.is_tracked(v4))
v20 = C1(len(acc14))
v21 = "line\n"
t22 = tuple(alias8)
t23 = id(t22)
del t22
t24 = (v9 ** 3, 1.5, v21 * 3, -v9, f"<{v9}>")
print(id(t24) == t23)
print(gc.collect())
