# gen.py 220 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = {"k0": 25, "k1": "snake_case"}
print(sys.getrefcount(v1))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 3
v2 = ""
v3 = {56, 30, 50, 76, 15, 43, 78, 92}
v4 = (533.65, v2.replace("l", "L"), "ü", len(v1), 3.141592653589793, -2.25)
print(len(v3))
print(gc.is_tracked(v3))
print(sys.getsizeof(v2))
print(len(v4))
r5 = f1(95196, 243, 7599)
print(r5)
print(list(g1(3)))
print(sys.getrefcount(v3))
v6 = (v2[3:3], 945.78, 20000000000000000000000000000000064, v2 + "tab\t", 79384)
print(v1.pop(4, None))
v7 = [13295]
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
o8 = C1(46295)
o9 = C1(len(v4))
o8.other = o9
o9.other = o8
print(sys.getrefcount(o8), sys.getrefcount(o9))
del o8, o9
print(gc.collect())
v10 = {}
print(v1)
v11 = C1(78)
def g2(n):
    for i in range(n):
        yield i * 3
del v10
alias12 = v11
print(alias12 is v11, id(alias12) == id(v11))
v13 = {}
r14 = f1(96891, len(v4), 63)
print(r14)
r15 = f1(49, 9000000000000000000000000000000000095, -49777)
print(r15)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
def g3(n):
    for i in range(n):
        yield i * 4
alias12 = C1(3000000000000000000406)
print(14 in v3)
print(14 in v3)
c16 = make_counter1()
print(c16(), c16(4), c16())
acc17 = []
for i, x in enumerate("abcdef"):
    if i > 1:
        break
    acc17.append((i, x))
else:
    acc17.append(None)
print(len(acc17), acc17[-3:])
x1 = 257
x2 = 257
print(x1 is x2)
print(gc.is_tracked(v11))
print(gc.collect())
