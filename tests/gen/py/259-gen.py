# gen.py 259 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "UPPER"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
v1 = 11106
v2 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
print(sys.getsizeof(v1))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v3 = set()
alias4 = v1
print(alias4 is v1, id(alias4) == id(v1))
print(gc.is_tracked(v2))
v3.discard(32)
v5 = {}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v2
c6 = make_counter1()
print(c6(), c6(7), c6())
def g1(n):
    for i in range(n):
        yield i * 1
r7 = f1(alias4 ** 2, alias4 ** 2, len(v5))
print(r7)
v8 = "line\n"
print(sys.getsizeof(alias4))
print(v5.get(6), list(v5.keys())[:3])
print(sum(x * x for x in range(23)))
v9 = v3 ^ v3
v10 = (100.0, 3.141592653589793, v1 / 2, 0.0)
v3 = set()
print(gc.is_tracked(alias4))
o11 = C1(-alias4)
o12 = C1(v1 + 71288)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
t13 = (v1 % 97,)
t14 = id(t13)
del t13
t15 = (repr(v10), alias4 % 2, "hello", float(alias4))
print(id(t15) == t14)
v16 = (1e10, alias4 ** 4, "ü")
print(v10)
del o11
r17 = f1(-v1, len(v16), alias4 ** 3)
print(r17)
print(sys.getsizeof(alias4))
print(v16)
print(gc.is_tracked(v1))
v9.discard(11)
r18 = f1(-alias4, 161, v1 % 97)
print(r18)
alias19 = v5
print(alias19 is v5, id(alias19) == id(v5))
acc20 = []
for i in range(25):
    acc20.append({i: i})
print(len(acc20), acc20[-3:])
print(sys.getsizeof(v3))
r21 = f1(-alias4, -v1, 59)
print(r21)
del acc20
print(gc.collect())
