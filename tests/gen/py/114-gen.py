# gen.py 114 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
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
x1 = -6
x2 = -6
print(x1 is x2)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v1 = b"zzzzz"
x1 = ()
x2 = ()
print(x1 is x2)
o2 = C1(4000000000000000000000000000000000000576)
o3 = C1(35)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
print(len(gc.get_referents(o3)))
print(type(o3).__name__)
del o2
v4 = C1(8298)
print(o3.a, o3.total())
print(type(v1).__name__)
r5 = f1()
print(r5)
v6 = v1[1:]
v7 = {92, 12}
alias8 = v7
print(alias8 is v7, id(alias8) == id(v7))
del v1
v9 = {}
v10 = v6[1:]
print(v6)
v11 = repr(v9)
v12 = b"\x00\xff"
print(sys.getsizeof(v11))
t13 = v11 * 0
t14 = id(t13)
del t13
t15 = v11.replace("l", "L")
print(id(t15) == t14)
o16 = C1(161)
o17 = C1(46872)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
print(gc.is_tracked(o3))
if "k1" in v9:
    del v9["k1"]
print(gc.is_tracked(o3))
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
alias8.discard(16)
v18 = "€"
v19 = (907.38, 3.141592653589793, 3.141592653589793, 86)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v20 = bytes(14)
r21 = f1()
print(r21)
v22 = [[j] * 0 for j in range(3)]
print(sys.getrefcount(v4))
v23 = {i % 8 for i in range(3)}
print(gc.collect())
