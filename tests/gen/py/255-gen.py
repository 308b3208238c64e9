# gen.py 255 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
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
x1 = ()
x2 = ()
print(x1 is x2)
o1 = C1(9001)
o2 = C1(-26757)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = C1(132)
v4 = [27, 84509, -94971, 400000000000000000000000000981, 14987, 124]
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v4))
o5 = C1(209)
o6 = C1(6000000000000000000000000000000000000000000016)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
v4.insert(-1, len(v4))
r7 = f1(152, 38)
print(r7)
v8 = 1
t9 = 3.141592653589793
t10 = id(t9)
del t9
t11 = 1e10
print(id(t11) == t10)
t12 = [v8 * 5, -v8, 84, 190, v8 // 3, v8 // -4]
t13 = id(t12)
del t12
t14 = [v8 * 5, len(v4), v8 % 5, v8 * -3, 181, len(v4), 184, len(v4)]
print(id(t14) == t13)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
acc15 = []
i = 0
while i < 20:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
o16 = C1(v8 // -4)
o17 = C1(v8 ** 4)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
print(t14)
alias18 = v4
print(alias18 is v4, id(alias18) == id(v4))
def g1(n):
    for i in range(n):
        yield i * 3
alias19 = acc15
print(alias19 is acc15, id(alias19) == id(acc15))
print(len(gc.get_referents(v3)))
print(len(gc.get_referents(alias19)))
print(gc.is_tracked(o16))
print(sys.getsizeof(o16))
v20 = float(v8)
v21 = 3.141592653589793
r22 = f1(v8 * 2, v8 ** 2)
print(r22)
def g2(n):
    for i in range(n):
        yield i * 1
print(sys.getsizeof(v4))
del t14[:2]
v23 = C1(-33635)
t14.reverse()
del alias18[:0]
print(gc.is_tracked(v23))
v24 = f"<{v20}>"
print(gc.collect())
