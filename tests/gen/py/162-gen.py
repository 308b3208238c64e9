# gen.py 162 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
r1 = f1(55, 84540, 73635466)
print(r1)
def g1(n):
    for i in range(n):
        yield i * 3
v2 = "a"
print(sys.getsizeof(v2))
v3 = 3.141592653589793
print(type(v3).__name__)
print(type(v3).__name__)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c4 = make_counter1()
print(c4(), c4(4), c4())
v5 = ()
v6 = ("abc123", v2[2:9], 84400, 164723574, 3.141592653589793)
r7 = f1(726850761, len(v6), -97963)
print(r7)
v8 = {i % 3 for i in range(16)}
v2 = "-".join(str(e) for e in v5)
acc9 = []
for i in range(24):
    acc9.append([i])
print(len(acc9), acc9[-3:])
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(len(v8))
acc9.insert(2, len(v5))
v10 = C1(900000000000000000000000000000000000000000000000000137)
del v2
print(len(v8))
if acc9:
    print(acc9.pop())
del acc9[:2]
x1 = ()
x2 = ()
print(x1 is x2)
del v5
o11 = C1(-90693)
o12 = C1(6000000000000000000000000000000000000000000000526)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
print(sum(g1(2)), max(g1(3), default=-1))
print(list(g1(2)))
v13 = str(v3)
v14 = (169, v13.lower(), "hello", v13 + "snake_case", len(acc9))
print(v10.a, v10.total())
acc9.extend(range(3))
print(sys.getsizeof(v3))
print(4 in v8)
print(len(acc9))
print(sys.getsizeof(v3))
o15 = C1(171)
o16 = C1(900000000000000000000000000000000679)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
r17 = f1(171, -76644, 0)
print(r17)
v18 = (84, 0.1, v3 * 0.1)
print(list(g1(2)))
print(gc.collect())
