# gen.py 19 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=8):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
o1 = C1(-54241)
o2 = C1(161)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
v3 = [i * 2 for i in range(3)]
del v3[:0]
acc4 = []
for i in range(0):
    acc4.append(i * 1000)
print(len(acc4), acc4[-3:])
acc5 = []
i = 0
while i < 24:
    if i % 5 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(acc5))
print(type(acc4).__name__)
alias6 = o2
print(alias6 is o2, id(alias6) == id(o2))
v3.extend(range(2))
def g1(n):
    for i in range(n):
        yield i * 4
v7 = C1(800000000000000000000000000000000000000000000000000000122)
acc8 = []
for i in range(17):
    acc8.append(i)
print(len(acc8), acc8[-3:])
print(o2.a, o2.total())
r9 = f1(129, 50000000000000000000000000000000000000000000413, len(acc4))
print(r9)
r10 = f1(len(acc5), 102, len(acc8))
print(r10)
v11 = b"zzzzzzzzzzzzzzzz"
v12 = "-".join(str(e) for e in acc5)
v12 = v12[3:3]
c13 = make_counter1()
print(c13(), c13(3), c13())
v14 = {76, 0, 67, 64, 70}
print(len(acc4))
x1 = 1000
x2 = 1000
print(x1 is x2)
print(gc.is_tracked(v14))
print(type(o2).__name__)
print(sys.getsizeof(v11))
t15 = repr(acc5)
t16 = id(t15)
del t15
t17 = v12.replace("l", "L")
print(id(t17) == t16)
print(v3)
r18 = f1(433759704, len(t17), -90194)
print(r18)
acc5.extend(range(7))
v3.reverse()
c19 = make_counter1()
print(c19(), c19(7), c19())
o20 = C1(157)
o21 = C1(-60276)
o20.other = o21
o21.other = o20
print(sys.getrefcount(o20), sys.getrefcount(o21))
del o20, o21
print(gc.collect())
print(acc5)
print(v7.a, v7.total())
print(sys.getsizeof(v3))
c22 = make_counter1()
print(c22(), c22(9), c22())
v23 = 66
print(gc.collect())
