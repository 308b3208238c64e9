# gen.py 100 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "  pad  "
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(4):
        acc.append(i)
    return acc
v1 = 3.141592653589793
print(type(v1).__name__)
v2 = [str(v1), repr(v1), -3, -2.25, 116]
def g1(n):
    for i in range(n):
        yield i * 4
v3 = 1244919035
if v2:
    v2[0] = f"<{v3}>"
del v2[:0]
print(sys.getsizeof(v3))
print(sys.getsizeof(v1))
print(v3 is v3 + 0, v3 == v3 + 0)
v4 = v3 // 1
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
o5 = C1(929693032)
o6 = C1(-v4)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v1))
print(sys.getsizeof(v1))
v7 = set()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(sum(x * x for x in range(5)))
v8 = C1(v3 % 5)
v9 = [i * 2 for i in range(4)]
if v2:
    v2[0] = "-".join(str(e) for e in v9)
v9.insert(2, len(v9))
v10 = [i * 5 for i in range(9)]
del v9[:0]
print(v4)
v9.append("café")
v2.reverse()
v11 = list(range(1))
v9.reverse()
r12 = f1(v3 * -3, 76, v3 + -66756)
print(r12)
print(sys.getsizeof(v9))
r13 = f1(v3 // -4, v4 * 7, v4 // 7)
print(r13)
print(gc.collect())
print(sum(g1(0)), max(g1(3), default=-1))
r14 = f1(v4 * -2, 2876, v4 * -2)
print(r14)
print(sys.getsizeof(v2))
v15 = "中文"
print(gc.collect())
