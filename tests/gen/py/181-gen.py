# gen.py 181 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = [[j] * 1 for j in range(0)]
v2 = len(v1)
print(sys.getsizeof(v2))
v1.extend(range(0))
r3 = f1(v2 ** 3, v2 // 7)
print(r3)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v4 = v2 * 4
print(v4 is v4 + 0, v4 == v4 + 0)
v1.insert(0, len(v1))
print(sys.getsizeof(v1))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v1.reverse()
del r3
print(sys.getsizeof(v2))
v1 = [i * 5 for i in range(2)]
def g1(n):
    for i in range(n):
        yield i * 5
v5 = 41215
v1.reverse()
v6 = C1(v4 // -4)
o7 = C1(v5 // 7)
o8 = C1(v5 + 159)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(sys.getsizeof(v5))
print(type(o7).__name__)
v9 = [v4 // 1, 100000000000000000000000000000000000000000000232, len(v1), -19466, v4 * 6, v2 * 7, v4 // 3, v4 // -4, v4 ** 5]
r10 = f1(-v4, v5 ** 3)
print(r10)
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
del o8
if v9:
    print(v9.pop())
print(gc.is_tracked(v5))
del v1
r11 = f1(v4 ** 5, len(v9))
print(r11)
c12 = make_counter1()
print(c12(), c12(2), c12())
print(sys.getsizeof(v6))
v13 = float(v4)
v14 = (f"<{v13}>", "-".join(str(e) for e in v9), f"<{v4}>", "-".join(str(e) for e in v9), f"<{v5}>")
print(sys.getrefcount(v9))
del v13
v15 = C1(v2 // 2)
r16 = f1(v4 // 7, 14095)
print(r16)
print(gc.collect())
