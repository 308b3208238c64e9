# gen.py 180 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(157981588)
v2 = 51
acc3 = []
i = 0
while i < 16:
    if i % 2 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(v2)
print(v1.a, v1.total())
acc3.reverse()
print(v2 is v2 + 0, v2 == v2 + 0)
o4 = C1(-v2)
o5 = C1(v2 % 10)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
acc6 = []
for i in range(12):
    acc6.append((i, i))
print(len(acc6), acc6[-3:])
print(len(acc6))
if acc6:
    acc6[0] = "ü"
v7 = 1e10
print(type(acc6).__name__)
def g1(n):
    for i in range(n):
        yield i * 1
v8 = b"zzzzzzzzzzzzzzzzzzzzzzzzz"
print(sys.getsizeof(v1))
v9 = C1(v2 ** 4)
v10 = acc3 * 0
if acc3:
    acc3[0] = str(v7)
acc6 = [i * 4 for i in range(0)]
print(sys.getsizeof(v7))
v11 = f"<{v7}>"
if acc6:
    print(acc6.pop())
acc6 = [v2 + 21681, -v2, 233675129, 59810, v2 + 191, v2 % 97, v2 ** 2, -v2]
alias12 = v9
print(alias12 is v9, id(alias12) == id(v9))
v7 = 1e10
v13 = v2 + 122
r14 = f1()
print(r14)
acc15 = []
i = 0
while i < 22:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v16 = (v7 * 100.0, "a-b-c", "ü", v11[0:6], "xxxxxxxxxxx")
it17 = g1(4)
print(type(it17).__name__)
print(sys.getsizeof(it17))
for v in it17:
    print(v)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
if v10:
    v10[0] = v11 + "spam eggs"
del r14
t18 = [v2 ** 2]
t19 = id(t18)
del t18
t20 = acc3 * 2
print(id(t20) == t19)
print(gc.collect())
