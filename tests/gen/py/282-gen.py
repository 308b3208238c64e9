# gen.py 282 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=3):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
r1 = f1(1256779131)
print(r1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v2 = {44, 26, 29, 84, 48, 56, 99}
print(type(v2).__name__)
v3 = (2.5e-3, "a-b-c", "café", 0.1, "", 0.0)
v2.discard(40)
v4 = {10, 99, -1, 98, 48, 55}
v5 = "€"
v2.add(27)
t6 = v5[3:7]
t7 = id(t6)
del t6
t8 = v5 * 3
print(id(t8) == t7)
v9 = {59, 54, 18, 82, 87, 35, 65, 92}
del v3
del r1
o10 = C1(136)
o11 = C1(len(v5))
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
v12 = t8[3:2]
print(sys.getsizeof(v2))
x1 = -6
x2 = -6
print(x1 is x2)
v13 = -2.25
del v13
print(type(v2).__name__)
v14 = {}
v2.add(23)
print(type(v2).__name__)
del v14
r15 = f1(45)
print(r15)
o16 = C1(30000000000000000000000000000000000000000000000187)
o17 = C1(118)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
print(type(v5).__name__)
del v12
del o16
v18 = [-68778, 71, 8000000000000000000000000000000000000000727, 86999622]
print(sorted(v2))
t19 = "hello"
t20 = id(t19)
del t19
t21 = "  pad  "
print(id(t21) == t20)
alias22 = v18
print(alias22 is v18, id(alias22) == id(v18))
print(len(gc.get_referents(alias22)))
print(gc.collect())
