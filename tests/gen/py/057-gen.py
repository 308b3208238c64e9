# gen.py 57 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
acc1 = []
i = 0
while i < 20:
    if i % 2 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
print(sys.getsizeof(acc1))
acc1.reverse()
x1 = 256
x2 = 256
print(x1 is x2)
v2 = {99, 70, 49}
print(len(v2))
print(sys.getsizeof(v2))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v2))
v3 = b"\x00\xff"
print(1 in v2)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
print(len(acc1))
v2.discard(41)
o4 = C1(300000000000000000000000057)
o5 = C1(92468)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
v6 = 134
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c7 = make_counter1()
print(c7(), c7(9), c7())
print(acc1)
print(gc.is_tracked(v6))
print(sys.getsizeof(acc1))
print(type(v6).__name__)
o8 = C1(v6 % 97)
o9 = C1(v6 * -3)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = 5
def g1(n):
    for i in range(n):
        yield i * 3
it11 = g1(4)
print(type(it11).__name__)
print(sys.getsizeof(it11))
for v in it11:
    print(v)
print(12 in v2)
print(sys.getsizeof(v6))
v2.add(26)
c12 = make_counter2()
print(c12(), c12(9), c12())
acc13 = []
i = 0
while i < 3:
    if i % 2 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
c14 = make_counter1()
print(c14(), c14(2), c14())
print(sys.getsizeof(acc13))
v15 = v6 + 224
v16 = ""
print(gc.collect())
