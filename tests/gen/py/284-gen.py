# gen.py 284 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = "snake_case"
v2 = [len(v1), -92445, 180, 164, 405762446, 250, 1467239845, len(v1)]
x1 = -6
x2 = -6
print(x1 is x2)
v1 = repr(v2)
v2.insert(0, 38648)
v3 = 1e10
v4 = {}
print(v4)
t5 = tuple(v2)
t6 = id(t5)
del t5
t7 = (2000000000000000000000000000000835, 0.1, str(v3))
print(id(t7) == t6)
v8 = bytes(5)
print(sys.getsizeof(v3))
acc9 = []
for i in range(21):
    acc9.append({i: i})
print(len(acc9), acc9[-3:])
def g1(n):
    for i in range(n):
        yield i * 4
o10 = C1(59588)
o11 = C1(58)
o10.other = o11
o11.other = o10
print(sys.getrefcount(o10), sys.getrefcount(o11))
if "k2" in v4:
    del v4["k2"]
print(type(v3).__name__)
print(sys.getsizeof(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v12 = C1(704312578)
t13 = {65: 101, 298: -31448, 14: len(v2), 204: 73045}
t14 = id(t13)
del t13
t15 = {}
print(id(t15) == t14)
t16 = [i * 1 for i in range(11)]
t17 = id(t16)
del t16
t18 = [len(v4), 10, len(acc9), 28806, 901105369]
print(id(t18) == t17)
print(t18)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(type(v3).__name__)
o19 = C1(len(t18))
o20 = C1(113)
o19.other = o20
o20.other = o19
print(sys.getrefcount(o19), sys.getrefcount(o20))
print(list(g1(7)))
v21 = []
if t18:
    print(t18.pop())
x1 = -6
x2 = -6
print(x1 is x2)
print(sys.getsizeof(o20))
del acc9[:0]
o22 = C1(4000000000000000000000000000000647)
o23 = C1(3000000000000000357)
o22.other = o23
o23.other = o22
print(sys.getrefcount(o22), sys.getrefcount(o23))
v24 = v1.split()
x1 = 1000
x2 = 1000
print(x1 is x2)
del o23
print(sys.getsizeof(acc9))
print(gc.collect())
