# gen.py 295 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
v2 = v2 // 3
print(len(gc.get_referents(v4)))
print(sys.getsizeof(v8))
acc9 = []
for i in range(13):
    acc9.append((i, i))
print(len(acc9), acc9[-3:])
v10 = ()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11 = 0.0
v4.reverse()
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
del acc9
x1 = 257
x2 = 257
print(x1 is x2)
v12 = {93: len(alias5)}
print(sys.getsizeof(v11))
v13 = float(v2)
r14 = f1(v2 * -3, v2 % 5)
print(r14)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r15 = f1(v2 % 2, 227)
print(r15)
print(v12)
print(gc.collect())
