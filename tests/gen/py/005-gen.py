# gen.py 5 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(105)
print(type(v1).__name__)
v2 = "Hello World"
v3 = [99, 191, len(v2), 22009]
del v3[:0]
o4 = C2(-46833)
o5 = C2(-24475)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(sys.getsizeof(v1))
v6 = {"k0": "-".join(str(e) for e in v3), "k1": "café", "k2": repr(v3), "k3": "UPPER", "k4": -67481}
v6.update({4: 4})
print(gc.is_tracked(v1))
v7 = (4428, 0.1)
v8 = 60000000000000000000000000000133
def g1(n):
    for i in range(n):
        yield i * 4
v2 = f"<{v8}>"
print(sys.getsizeof(v2))
o9 = C1(-63046)
o10 = C1(19459)
o9.other = o10
o10.other = o9
print(sys.getrefcount(o9), sys.getrefcount(o10))
del o9, o10
print(gc.collect())
t11 = float(v8)
t12 = id(t11)
del t11
t13 = 100.0
print(id(t13) == t12)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v14 = (f"<{v8}>", 1e10, repr(v7), 0.1, repr(v6))
del v3
try:
    print([1, 2, 3][8])
except Exception as e:
    print(type(e).__name__, e)
c15 = make_counter1()
print(c15(), c15(9), c15())
c16 = make_counter1()
print(c16(), c16(9), c16())
print(sum(g1(2)), max(g1(3), default=-1))
o17 = C1(v8 // 1)
o18 = C1(v8 % 5)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v19 = v8 / 3
acc20 = []
i = 0
while i < 14:
    if i % 5 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
c21 = make_counter1()
print(c21(), c21(4), c21())
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
del acc20[:3]
v22 = C1(v8 * 1)
if acc20:
    print(acc20.pop())
v23 = {i % 9 for i in range(11)}
print(sys.getsizeof(v22))
print(gc.collect())
