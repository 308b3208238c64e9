# gen.py 128 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0=8):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 5
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v1 = 2.5e-3
try:
    print(undefined_name_7)
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v1))
v2 = C1(-69322)
print(type(v2).__name__)
print(gc.collect())
v3 = "€"
v4 = {196: 201, 52: 216, 209: -41790, 182: 29577, 196: 247}
v5 = ()
v3 = v3 * 4
print(sys.getsizeof(v3))
v4["k6"] = v3 + "tab\t"
v6 = 6
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sys.getsizeof(v4))
v7 = C1(v6 ** 5)
c8 = make_counter1()
print(c8(), c8(9), c8())
print(v5)
v9 = v3.replace("l", "L")
v10 = set()
print(len(gc.get_referents(v4)))
print(len(v3))
v7 = C1(v6 // 2)
alias11 = v5
print(alias11 is v5, id(alias11) == id(v5))
print(sys.getsizeof(v7))
v10 = {86, 93, -1}
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v12 = len(v4)
alias13 = v3
print(alias13 is v3, id(alias13) == id(v3))
del v9
if 5 in v4:
    del v4[5]
print(sys.getsizeof(alias11))
print(sys.getsizeof(v10))
print(gc.is_tracked(v6))
r14 = f1(-v6)
print(r14)
print(gc.is_tracked(v4))
print(gc.collect())
