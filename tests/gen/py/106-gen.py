# gen.py 106 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = {i % 5 for i in range(22)}
r2 = f1(87, -64578)
print(r2)
v3 = (66,)
v4 = -2.25
print(17 in v1)
print(sys.getsizeof(v4))
del v4
acc5 = []
for i in range(7):
    acc5.append(str(i))
print(len(acc5), acc5[-3:])
del r2
v6 = [35494, 100.0, "a-b-c", "a"]
alias7 = v1
print(alias7 is v1, id(alias7) == id(v1))
t8 = [i * 7 for i in range(11)]
t9 = id(t8)
del t8
t10 = ["b", 1.5, "line\n", 36092, "xxxxxxxxxxxxxxxxxxxx", 75]
print(id(t10) == t9)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c11 = make_counter1()
print(c11(), c11(6), c11())
v12 = len(v3)
print(len(gc.get_referents(t10)))
v13 = {}
r14 = f1(51317, -v12)
print(r14)
print(9 in v1)
v15 = C2(len(v3))
print(len(v6))
print(v15.a, v15.total())
print(len(acc5))
v16 = 3.141592653589793
r17 = f1(v12 * 6, 40)
print(r17)
print(len(gc.get_referents(t10)))
print(v6)
print(gc.is_tracked(v1))
def g1(n):
    for i in range(n):
        yield i * 3
o18 = C2(v12 + -36959)
o19 = C2(v12 + 40)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(sys.getsizeof(v15))
r20 = f1(len(acc5), 27575940)
print(r20)
v21 = "a"
print(len(gc.get_referents(v13)))
print(gc.is_tracked(v12))
v22 = v12 * 4
del v6[:3]
print(gc.collect())
print(gc.collect())
