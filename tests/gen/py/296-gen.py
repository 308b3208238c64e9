# gen.py 296 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v13 = bytes(18)
print(len(v2))
print(sys.getrefcount(v9))
t14 = (v11 * 100.0, v1 + 209, v1 / 7)
t15 = id(t14)
del t14
t16 = (float(v1), 3.141592653589793, repr(v1), v1 / 7)
print(id(t16) == t15)
v17 = v13[1:]
print(v1 is v1 + 0, v1 == v1 + 0)
print(len(gc.get_referents(acc10)))
print(gc.collect())
t18 = v11 * 100.0
t19 = id(t18)
del t18
t20 = 563.84
print(id(t20) == t19)
v21 = -v1
print(sys.getsizeof(v21))
try:
    print(9 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
acc10.reverse()
o22 = C1(v21 + 80)
o23 = C1(-v21)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
del o22, o23
print(gc.collect())
if acc10:
    print(acc10.pop())
r24 = f1()
print(r24)
v25 = v6.split()
print(gc.collect())
