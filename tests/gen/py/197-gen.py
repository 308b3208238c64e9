# gen.py 197 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
print(gc.collect())
v1 = b"a"
acc2 = []
for i in range(25):
    acc2.append({i: i})
print(len(acc2), acc2[-3:])
o3 = C1(2104571894)
o4 = C1(900000000000000000000000000000000000000000000000000309)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
del acc2
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
acc5 = []
i = 0
while i < 7:
    if i % 5 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
print(gc.is_tracked(acc5))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
o6 = C1(-48061)
o7 = C1(-41198)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
print(len(gc.get_referents(acc5)))
print(gc.is_tracked(acc5))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
it8 = g1(4)
print(type(it8).__name__)
print(sys.getsizeof(it8))
for v in it8:
    print(v)
v9 = {84, 49, 2, 44, 93, 13, 35}
del v9
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del acc5[:3]
acc5.append(4000000000000000000000000893)
t10 = tuple(acc5)
t11 = id(t10)
del t10
t12 = tuple(acc5)
print(id(t12) == t11)
alias13 = acc5
print(alias13 is acc5, id(alias13) == id(acc5))
v14 = ""
r15 = f1()
print(r15)
v14 = v14.replace("l", "L")
v16 = {200: len(alias13), 149: 80000000000000000000000000000000000000000000000000104, 276: 89, 276: 215, 78: 389517942, 53: len(acc5)}
print(sys.getsizeof(alias13))
print(sys.getsizeof(v16))
v14 = v14.title()
v17 = -25214
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
print(v16.pop("k3", None))
x1 = -6
x2 = -6
print(x1 is x2)
del acc5[:2]
acc18 = []
for i in range(7):
    acc18.append(i)
print(len(acc18), acc18[-3:])
o19 = C1(len(v16))
o20 = C1(v17 * -2)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
acc21 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
acc22 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc22.append((i, x))
else:
    acc22.append(None)
print(len(acc22), acc22[-3:])
print(sys.getsizeof(acc21))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
