# gen.py 54 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2=7):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = b""
x1 = "abc"
x2 = "abc"
print(x1 is x2)
t2 = (159206378,)
t3 = id(t2)
del t2
t4 = ("café", -2.25)
print(id(t4) == t3)
v5 = list(range(11))
v5.insert(-1, 68856950)
def g1(n):
    for i in range(n):
        yield i * 4
t6 = 2.5e-3
t7 = id(t6)
del t6
t8 = 0.1
print(id(t8) == t7)
print(len(t4))
del v5
v9 = 400000000000000000000000000000000000000000000000474
del t8
v10 = C1(len(t4))
o11 = C1(v9 ** 5)
o12 = C1(v9 // 7)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
del t4
print(gc.collect())
v13 = C1(v9 // 7)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v14 = [v9 % 10, v9 % 5]
if v14:
    print(v14.pop())
print(sys.getsizeof(v9))
print(v14)
alias15 = v1
print(alias15 is v1, id(alias15) == id(v1))
v16 = "snake_case"
print(sys.getsizeof(v1))
v14.extend(range(3))
v17 = {i % 1 for i in range(12)}
print(sys.getrefcount(v14))
if v14:
    v14[0] = "-".join(str(e) for e in v14)
v17 = set(range(2))
print(0 in v17)
v18 = v16 * 3
print(v18)
v14.reverse()
v14 = list(range(9))
v17 = v17 - v17
acc19 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc19.append((i, x))
else:
    acc19.append(None)
print(len(acc19), acc19[-3:])
print(gc.collect())
