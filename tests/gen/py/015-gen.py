# gen.py 15 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v7 = b""
v8 = ()
v9 = ("€", len(v8), v5 * 341.96, f"<{v1}>", 0.0, "-".join(str(e) for e in v8))
alias10 = v5
print(alias10 is v5, id(alias10) == id(v5))
print(sys.getsizeof(v5))
x1 = 257
x2 = 257
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(gc.get_referents(v9)))
v11 = v1 % 10
print(gc.is_tracked(alias10))
v12 = {37, 7, 35}
o13 = C1(v1 ** 2)
o14 = C1(v1 // 7)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
def g1(n):
    for i in range(n):
        yield i * 2
print(len(gc.get_referents(o13)))
print(20 in v12)
alias15 = o13
print(alias15 is o13, id(alias15) == id(o13))
r16 = f1()
print(r16)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
r17 = f1()
print(r17)
print(gc.collect())
