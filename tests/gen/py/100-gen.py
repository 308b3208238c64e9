# gen.py 100 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v3 = C1(1244919035)
if v2:
    v2[0] = f"<{v1}>"
del v2[:0]
print(sys.getsizeof(v3))
print(sys.getsizeof(v1))
print(v1)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(len(gc.get_referents(v2)))
v4 = ()
o5 = C1(len(v2))
o6 = C1(59985)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del v2
alias7 = o6
print(alias7 is o6, id(alias7) == id(o6))
print(sys.getsizeof(v1))
v8 = set()
c9 = make_counter1()
print(c9(), c9(8), c9())
print(sys.getsizeof(v1))
v10 = [103]
v4 = ("tab\t", len(v10), -10403, "  pad  ", "line\n", str(v1))
print(gc.is_tracked(o6))
print(list(g1(5)))
v10.append(175)
t11 = [-95729, 133, 218]
t12 = id(t11)
del t11
t13 = v10 * 0
print(id(t13) == t12)
v14 = {i % 6 for i in range(27)}
v15 = 2876
try:
    print([1, 2, 3][5])
except Exception as e:
    print(type(e).__name__, e)
print(sum(g1(8)), max(g1(1), default=-1))
print(gc.is_tracked(alias7))
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
print(list(g1(7)))
print(gc.is_tracked(o5))
v10.append(40)
v16 = b"\x00\xff"
del o5
print(gc.collect())
