# gen.py 197 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
def f1():
    acc = []
    acc = tuple(acc)
    return acc
print(gc.collect())
v1 = C1(207)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
o2 = C1(2104571894)
o3 = C1(900000000000000000000000000000000000000000000000000309)
o2.other = o3
o3.other = o2
print(sys.getrefcount(o2), sys.getrefcount(o3))
del o2, o3
print(gc.collect())
del v1
try:
    print([1, 2, 3][4])
except Exception as e:
    print(type(e).__name__, e)
acc4 = []
i = 0
while i < 7:
    if i % 5 == 0:
        acc4.append(i)
    i += 1
print(len(acc4), acc4[-3:])
def g1(n):
    for i in range(n):
        yield i * 3
print(gc.is_tracked(acc4))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
o5 = C1(-48061)
o6 = C1(-41198)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
del o5, o6
print(gc.collect())
print(len(gc.get_referents(acc4)))
print(gc.is_tracked(acc4))
x1 = 2.5
x2 = 2.5
print(x1 is x2)
it7 = g1(4)
print(type(it7).__name__)
print(sys.getsizeof(it7))
for v in it7:
    print(v)
v8 = {84, 49, 2, 44, 93, 13, 35}
del v8
acc4.insert(-2, 198)
t9 = "tab\t"
t10 = id(t9)
del t9
t11 = "ü"
print(id(t11) == t10)
alias12 = t11
print(alias12 is t11, id(alias12) == id(t11))
alias12 = t11 + ""
print(type(acc4).__name__)
if acc4:
    print(acc4.pop())
print(sys.getsizeof(alias12))
v13 = repr(acc4)
print(type(alias12).__name__)
r14 = f1()
print(r14)
alias15 = t11
print(alias15 is t11, id(alias15) == id(t11))
print(type(alias15).__name__)
v16 = set()
v17 = v13 + "hello"
del v13
print(sum(g1(5)), max(g1(1), default=-1))
r18 = f1()
print(r18)
print(acc4)
print(sys.getsizeof(v17))
print(type(alias12).__name__)
v19 = {}
alias20 = v16
print(alias20 is v16, id(alias20) == id(v16))
print(sys.getsizeof(acc4))
print(gc.collect())
