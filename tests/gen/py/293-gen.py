# gen.py 293 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "tab\t"
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = [[j] * 0 for j in range(5)]
v2 = v1 + [131]
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 5
v3 = "b"
r4 = f1(len(v1), 61627)
print(r4)
v5 = -7122
x1 = ()
x2 = ()
print(x1 is x2)
print(sys.getsizeof(v5))
v1.append(v5 * 7)
print(list(g1(7)))
v6 = v2 + [v5 + 5000000000000000000385]
it7 = g1(5)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
print(len(v3))
o8 = C2(v5 % 2)
o9 = C2(v5 // 2)
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
print(v2)
print(sys.getrefcount(v6))
print(type(v1).__name__)
v10 = b"hello"
if v6:
    v6[0] = v3 * 4
print(sys.getsizeof(v5))
v11 = {69}
if v6:
    print(v6.pop())
v1.reverse()
print(sum(g1(4)), max(g1(0), default=-1))
v12 = 11
acc13 = []
for i in range(3):
    acc13.append(i)
print(len(acc13), acc13[-3:])
v14 = {"k0": len(v3), "k1": "Hello World", "k2": v12 // 7, "k3": 50000000000000000250, "k4": v3 * 0, "k5": len(v3)}
v15 = "ü"
v16 = v10[1:]
v11 = set(range(14))
v1.extend(range(8))
v17 = dict(k0=v5 + 159, k1=v5 % 2, k2=47004, k3=600000000000000000000000000000142)
del v11
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.is_tracked(v1))
print(acc13)
alias18 = v10
print(alias18 is v10, id(alias18) == id(v10))
print(gc.collect())
