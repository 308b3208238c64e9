# gen.py 270 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=7):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g1(n):
    for i in range(n):
        yield i * 5
c1 = make_counter1()
print(c1(), c1(3), c1())
c2 = make_counter1()
print(c2(), c2(1), c2())
v3 = 723866917
it4 = g1(2)
print(type(it4).__name__)
print(sys.getsizeof(it4))
for v in it4:
    print(v)
v5 = "abc123"
x1 = "abc"
x2 = "abc"
print(x1 is x2)
c6 = make_counter1()
print(c6(), c6(7), c6())
alias7 = v3
print(alias7 is v3, id(alias7) == id(v3))
print(len(v5))
v8 = ("b", "a-b-c", 3.141592653589793, repr(v3), v3 + -43552, v5.replace("l", "L"))
c9 = make_counter1()
print(c9(), c9(1), c9())
print(len(v8))
del v8
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v10 = C1(76510)
del v5
acc11 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
print(type(v10).__name__)
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
v12 = ("café", float(v3), 1e10)
t13 = float(alias7)
t14 = id(t13)
del t13
t15 = 0.1
print(id(t15) == t14)
t15 = t15 * 0.1
c16 = make_counter1()
print(c16(), c16(1), c16())
print(sum(x * x for x in range(20)))
v17 = [alias7 ** 3, 73173, len(v12), alias7 // 2, alias7 + 43]
o18 = C1(200)
o19 = C1(v3 % 2)
o18.other = o19
o19.other = o18
print(sys.getrefcount(o18), sys.getrefcount(o19))
print(sys.getsizeof(o18))
acc11.insert(0, -alias7)
print(sys.getsizeof(v17))
o20 = C1(alias7 ** 2)
o21 = C1(v3 // 2)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
r22 = f1(1358118473)
print(r22)
acc23 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc23.append(i)
    i += 1
print(len(acc23), acc23[-3:])
print(sys.getsizeof(alias7))
print(len(acc11))
print(gc.collect())
