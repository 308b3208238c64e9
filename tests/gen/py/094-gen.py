# gen.py 94 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1=0):
    acc = [p0, p1]
    return acc
v1 = ("UPPER", -59828, 61320, "abc123", "b", "a")
v2 = ()
v3 = []
print(gc.is_tracked(v3))
del v3
print(v2)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
o4 = C1(61)
o5 = C1(13)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
o6 = C1(112)
o7 = C1(254)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
print(sys.getsizeof(o6))
it8 = g1(4)
print(type(it8).__name__)
print(sys.getsizeof(it8))
for v in it8:
    print(v)
v9 = bytes(17)
v10 = (2,)
v11 = [len(v2), 6]
v11.append(-32411)
v12 = 24
v13 = v9 + b"x"
acc14 = []
i = 0
while i < 20:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
v15 = ""
v16 = 1e10
del v13
del acc14[:0]
r17 = f1(v12 % 2, len(acc14))
print(r17)
v18 = [v12 ** 4, len(v10), v12 // 3, v12 % 97]
del v10
print(list(g1(3)))
v19 = {14, 35, 9}
v20 = [v12 ** 5, v12 ** 2, v12 * 7, v12 ** 5]
print(v12 is v12 + 0, v12 == v12 + 0)
print(v12 is v12 + 0, v12 == v12 + 0)
x1 = -6
x2 = -6
print(x1 is x2)
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
v21 = (7076, v12 % 97, v12 ** 3, "line\n", v15[3:6])
print(type(v15).__name__)
x1 = -6
x2 = -6
print(x1 is x2)
v20.append(v12 % 97)
print(sys.getsizeof(v18))
print(sys.getsizeof(v2))
v20.reverse()
print(gc.collect())
