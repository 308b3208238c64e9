# gen.py 65 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
v1 = C2(237)
v2 = ()
v3 = 2.5e-3
v4 = [73, -33067, len(v2), -9892, 88, 1858602892, 209]
v4.extend(range(4))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.collect())
print(sys.getsizeof(v1))
print(gc.is_tracked(v4))
print(type(v2).__name__)
v5 = (-2.25, 5000000000000000000000000000000000000000000000338, 0.1, v3 * 2.5e-3)
v6 = "café"
v4.insert(-1, 86244)
print(type(v2).__name__)
print(sys.getsizeof(v5))
if v4:
    print(v4.pop())
print(gc.is_tracked(v2))
if v4:
    print(v4.pop())
v4.extend(range(6))
v4.reverse()
print(sys.getsizeof(v1))
print(sum(x * x for x in range(0)))
print(len(gc.get_referents(v4)))
v5 = ()
print(gc.is_tracked(v4))
del v3
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v2))
v7 = "中文"
print(sys.getsizeof(v1))
print(sys.getsizeof(v5))
print(sys.getsizeof(v7))
def g2(n):
    for i in range(n):
        yield i * 1
v8 = []
print(gc.is_tracked(v7))
print(gc.collect())
