# gen.py 296 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
v1 = 114
v2 = {13, 93, 74, 26, 81, 10}
o3 = C1(-v1)
o4 = C1(-70087)
o3.other = o4
o4.other = o3
print(sys.getrefcount(o3), sys.getrefcount(o4))
del o3, o4
print(gc.collect())
r5 = f1()
print(r5)
def g1(n):
    for i in range(n):
        yield i * 4
print(16 in v2)
v2.add(20)
v6 = f"<{v1}>"
o7 = C1(v1 % 97)
o8 = C1(12)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
v9 = {267: v1 + 221, 238: 1209293206, 88: v1 % 10, 153: len(v6), 96: len(v6)}
print(sum(x * x for x in range(16)))
print(v9)
print(v1 is v1 + 0, v1 == v1 + 0)
print(v1 is v1 + 0, v1 == v1 + 0)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
acc10 = []
i = 0
while i < 12:
    if i % 4 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
print(v1 is v1 + 0, v1 == v1 + 0)
print(o7.a, o7.total())
print(sys.getsizeof(v1))
print(sys.getrefcount(o8))
v11 = -2.25
r12 = f1()
print(r12)
o7 = C1(len(acc10))
if acc10:
    acc10[0] = v6 * 2
print(len(gc.get_referents(o8)))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v6 = "abc123"
v9["k5"] = repr(v9)
print(sys.getsizeof(o7))
alias13 = v9
print(alias13 is v9, id(alias13) == id(v9))
v14 = v1 % 97
v15 = C1(-v14)
print(sys.getsizeof(v14))
print(17 in v2)
c16 = make_counter1()
print(c16(), c16(7), c16())
alias17 = v2
print(alias17 is v2, id(alias17) == id(v2))
v18 = {i % 9 for i in range(21)}
v18 = {92, 32, 85, 28, 61}
print(gc.collect())
