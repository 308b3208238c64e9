# gen.py 35 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
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
    for i in range(2):
        acc.append(i)
    return acc
v1 = 60000000000000000349
v1 = -v1
print(sys.getsizeof(v1))
v2 = float(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = C2(v1 ** 5)
o4 = C2(v1 * 7)
o5 = C2(20000000000000000000386)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sys.getsizeof(v2))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(type(v3).__name__)
v2 = v2 * -2.25
o6 = C1(144)
o7 = C1(v1 ** 2)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
x1 = 256
x2 = 256
print(x1 is x2)
v8 = C2(-v1)
v9 = {174: 1973407639, 32: -v1, 255: 119, 136: v1 % 97, 10: -v1, 217: v1 // -4}
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
v9.update({12: 3})
v10 = [70000000000000000000000000000000000000000000777, v1 // 7, 898940642, -v1]
print(len(gc.get_referents(o6)))
print(sys.getsizeof(v8))
v11 = "b"
del v2
v12 = {i % 1 for i in range(11)}
v13 = v11.replace("l", "L")
r14 = f1(v1 + 384490441, -v1)
print(r14)
x1 = 1000
x2 = 1000
print(x1 is x2)
print(sys.getsizeof(v9))
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v10.append(1555328823)
v1 = v1 ** 3
print(sys.getsizeof(v3))
print(len(gc.get_referents(v10)))
v15 = (-9586, v1 // 3, "spam eggs")
t16 = v11 + "€"
t17 = id(t16)
del t16
t18 = "UPPER"
print(id(t18) == t17)
c19 = make_counter2()
print(c19(), c19(8), c19())
o20 = C2(v1 // 2)
o21 = C2(v1 // 7)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
print(type(o20).__name__)
o22 = C1(-v1)
o23 = C1(v1 // 2)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
del v12
print(gc.collect())
