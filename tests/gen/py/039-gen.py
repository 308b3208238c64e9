# gen.py 39 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v4 = C1(-v1)
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v4))
def g1(n):
    for i in range(n):
        yield i * 4
v3.discard(41)
v3.add(33)
acc5 = []
for i in range(2):
    acc5.append([i])
print(len(acc5), acc5[-3:])
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
acc6 = []
for i in range(1):
    acc6.append({i: i})
print(len(acc6), acc6[-3:])
c7 = make_counter1()
print(c7(), c7(3), c7())
t8 = "Hello World"
t9 = id(t8)
del t8
t10 = repr(acc5)
print(id(t10) == t9)
x1 = 257
x2 = 257
print(x1 is x2)
t11 = dict(k0=len(acc5), k1=v1 * 0)
t12 = id(t11)
del t11
t13 = {93: v1 * 7, 39: 80000000000000000000000000000000000000272, 84: -v1, 74: 39, 216: len(acc5), 254: v1 // 2, 174: 169}
print(id(t13) == t12)
v14 = acc6[:]
r15 = f1()
print(r15)
v16 = C1(v1 + 1665035750)
print(gc.collect())
print(gc.is_tracked(acc5))
t13 = {}
o17 = C1(133)
o18 = C1(v1 * 4)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
v19 = v1 / 3
v20 = (v1 * -1,)
v21 = {97: len(t13), -20: v1 + 1256679356, 226: -v1, 62: v1 // 3, 162: 45359}
del o17
print(v1)
c22 = make_counter1()
print(c22(), c22(6), c22())
acc23 = []
i = 0
while i < 0:
    if i % 5 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
print(sys.getsizeof(v14))
acc24 = []
for i in range(0):
    acc24.append({i: i})
print(len(acc24), acc24[-3:])
x1 = -6
x2 = -6
print(x1 is x2)
print(len(gc.get_referents(v14)))
print(gc.collect())
