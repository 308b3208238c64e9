# gen.py 15 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
v1 = 31676
try:
    print(5 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
acc2 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc2.append((i, x))
else:
    acc2.append(None)
print(len(acc2), acc2[-3:])
del acc2
r3 = f1()
print(r3)
r4 = f1()
print(r4)
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
v5 = 100.0
try:
    print(undefined_name_0)
except Exception as e:
    print(type(e).__name__, e)
print(type(v5).__name__)
v5 = v5 * 100.0
print(v5)
print(sys.getsizeof(v5))
print(sys.getsizeof(v5))
del r4
r6 = f1()
print(r6)
print(type(v5).__name__)
v7 = C1(v1 + 97395)
v8 = C1(2065753714)
del r3
alias9 = v8
print(alias9 is v8, id(alias9) == id(v8))
v8 = C1(v1 * 6)
def g1(n):
    for i in range(n):
        yield i * 4
acc10 = []
for i in range(11):
    acc10.append(i * 1000)
print(len(acc10), acc10[-3:])
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
alias11 = v8
print(alias11 is v8, id(alias11) == id(v8))
acc10.reverse()
if acc10:
    acc10[0] = "tab\t"
acc10.extend(range(9))
if acc10:
    print(acc10.pop())
v12 = {10: 199, 151: -v1, 30: -v1}
o13 = C1(v1 ** 2)
o14 = C1(v1 // 7)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
def g2(n):
    for i in range(n):
        yield i * 5
x1 = ()
x2 = ()
print(x1 is x2)
print(gc.is_tracked(o13))
alias15 = o13
print(alias15 is o13, id(alias15) == id(o13))
print(gc.collect())
