# gen.py 119 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(3):
        acc.append(i)
    return acc
def g1(n):
    for i in range(n):
        yield i * 2
print(gc.collect())
v1 = (0.1, 800000000000000000000000000000000000000000922)
print(sys.getsizeof(v1))
v2 = bytes(2)
v3 = "a-b-c"
v4 = [194, len(v1), 70000000000000000036]
it5 = g1(5)
print(type(it5).__name__)
print(sys.getsizeof(it5))
for v in it5:
    print(v)
print(len(v3))
if v4:
    print(v4.pop())
t6 = v4 + [len(v1)]
t7 = id(t6)
del t6
t8 = []
print(id(t8) == t7)
acc9 = []
for i in range(22):
    acc9.append(str(i))
print(len(acc9), acc9[-3:])
print(sys.getsizeof(t8))
print(type(v1).__name__)
v10 = 1e10
r11 = f1()
print(r11)
print(v4)
print(sys.getrefcount(acc9))
v12 = ()
v13 = 1245286184
v14 = {i: i * i for i in range(8)}
v15 = (str(v13), v13 * 5, v13 * 3, f"<{v10}>", f"<{v10}>")
v16 = ()
print(sys.getsizeof(v15))
print(len(gc.get_referents(v15)))
v13 = -v13
v17 = C2(-v13)
del v10
v18 = v13 / -8
v19 = v2 + b""
print(gc.collect())
t8 = v4 * 0
print(len(v15))
print(gc.collect())
