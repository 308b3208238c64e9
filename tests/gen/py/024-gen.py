# gen.py 24 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "spam eggs"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
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
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
r1 = f1()
print(r1)
v2 = C1(50000000000000000000000000000000000000000000000975)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v2))
v3 = ()
v4 = 44681
print(gc.is_tracked(v4))
v5 = b"zzzzzzzzzz"
print(sys.getrefcount(v2))
del v2
def g1(n):
    for i in range(n):
        yield i * 2
v6 = bytes(15)
t7 = [v4 ** 3, v4 ** 2, -v4, len(v3), -v4]
t8 = id(t7)
del t7
t9 = []
print(id(t9) == t8)
v6 = b""
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(v4 is v4 + 0, v4 == v4 + 0)
if t9:
    print(t9.pop())
print(len(v5))
v10 = {276: len(v3), 194: v4 ** 4, 116: v4 ** 4, 143: v4 ** 2, 226: v4 * -1, 98: 915029416, 208: v4 // 1}
v11 = v4 + 8000000000000000000187
print(type(v3).__name__)
v12 = repr(v11)
print(sys.getsizeof(v12))
it13 = g1(1)
print(type(it13).__name__)
print(sys.getsizeof(it13))
for v in it13:
    print(v)
print(type(v5).__name__)
v14 = v6[1:]
print(type(v5).__name__)
v15 = (v4 % 5,)
o16 = C2(18)
o17 = C2(v4 // 2)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
print(type(v3).__name__)
print(sys.getsizeof(t9))
c18 = make_counter1()
print(c18(), c18(6), c18())
print(len(v6))
del v15
print(type(v3).__name__)
print(v10.pop(3, None))
t9.append(v12.replace("l", "L"))
del o17
acc19 = []
for i in range(7):
    acc19.append(i)
print(len(acc19), acc19[-3:])
print(gc.collect())
