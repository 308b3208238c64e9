# gen.py 295 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "snake_case"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "b"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=0):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = -2.25
v2 = 160
print(v1)
v3 = [i * 8 for i in range(9)]
print(v1)
del v3
v4 = ["abc123", v2 + 2000000000000000000000000000000072, "abc123", v2 + 100]
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v4.extend(range(3))
r6 = f1(100000000000000000000000186, 700000000000000000000196)
print(r6)
if alias5:
    print(alias5.pop())
v7 = {i % 6 for i in range(22)}
x1 = 257
x2 = 257
print(x1 is x2)
print(len(v4))
v8 = v2 / 3
print(sum(x * x for x in range(3)))
v9 = C1(v2 // 3)
print(len(v7))
v10 = (v2 % 97,)
print(gc.is_tracked(v2))
v1 = float(v2)
v2 = len(alias5)
del v9
x1 = 257
x2 = 257
print(x1 is x2)
v11 = {93: len(alias5)}
print(len(v11))
v12 = float(v2)
r13 = f1(v2 * -3, v2 % 5)
print(r13)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v4))
alias5.reverse()
print(sys.getsizeof(v2))
t14 = {}
t15 = id(t14)
del t14
t16 = {"k0": "", "k1": "tab\t", "k2": "café", "k3": v2 * -1, "k4": len(v10), "k5": 231, "k6": "line\n"}
print(id(t16) == t15)
print(sys.getsizeof(v2))
print(gc.collect())
