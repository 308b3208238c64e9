# gen.py 164 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2=6):
    acc = [p0, p1, p2]
    return acc
v1 = [200000000000000000000000000000000000000000000000000116, -8415, 16220, 57, 135]
def g1(n):
    for i in range(n):
        yield i * 1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c2 = make_counter1()
print(c2(), c2(1), c2())
v3 = {53}
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
if v1:
    v1[0] = "b"
print(9 in v3)
v3.discard(20)
print(sorted(v3))
def g2(n):
    for i in range(n):
        yield i * 3
print(gc.is_tracked(v1))
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
v1.extend(range(3))
v5 = -2.25
t6 = v5 * 1.5
t7 = id(t6)
del t6
t8 = 100.0
print(id(t8) == t7)
c9 = make_counter1()
print(c9(), c9(3), c9())
del v1
o10 = C1(400000000000000000000000000000000000000000599)
o11 = C1(62808)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
del o10, o11
print(gc.collect())
alias4.insert(-1, 73)
o12 = C1(65058)
o13 = C1(60000000000000000000000000000000000000000916)
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
print(sys.getsizeof(t8))
print(o13.a, o13.total())
v3.add(49)
r14 = f1(45, len(alias4), 0)
print(r14)
if alias4:
    alias4[0] = "hello"
print(sys.getsizeof(v5))
c15 = make_counter1()
print(c15(), c15(7), c15())
print(type(o12).__name__)
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
r16 = f1(51, 71, 50000000000000000000770)
print(r16)
o17 = C1(len(alias4))
o18 = C1(30000000000000000019)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
print(len(gc.get_referents(o13)))
if alias4:
    alias4[0] = str(t8)
acc19 = []
for i in range(0):
    acc19.append(i * 1000)
print(len(acc19), acc19[-3:])
def g3(n):
    for i in range(n):
        yield i * 5
v20 = "tab\t"
v21 = b"a"
print(gc.collect())
print(len(v21))
print(gc.collect())
