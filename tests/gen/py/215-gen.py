# gen.py 215 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0=0):
    acc = [p0]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v1 = 1e10
t2 = "Hello World"
t3 = id(t2)
del t2
t4 = "café"
print(id(t4) == t3)
v5 = C1(156)
print(type(t4).__name__)
print(sys.getsizeof(v1))
print(sys.getsizeof(v5))
v6 = [1000000000000000000000000000000792, 900000000000000000000000000000000000000341, -21349, -48242, 4746, 142, 10000000000000000000000000000000000000000131, 210]
v6.extend(range(2))
print(t4)
print(sys.getsizeof(t4))
r7 = f1(800000000000000000000000000000000839)
print(r7)
t8 = []
t9 = id(t8)
del t8
t10 = v6[:]
print(id(t10) == t9)
def g1(n):
    for i in range(n):
        yield i * 1
print(len(gc.get_referents(v6)))
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del t10[:1]
print(gc.is_tracked(v1))
print(type(v6).__name__)
v11 = {70, 27, 17}
o12 = C1(221)
o13 = C1(len(t4))
o12.other = o13
o13.other = o12
print(sys.getrefcount(o12), sys.getrefcount(o13))
del o12, o13
print(gc.collect())
r14 = f1(79238)
print(r14)
print(sys.getsizeof(v1))
print(t4)
v6 = [106, 34, -3137, -6645, 37745, 175, 63]
c15 = make_counter2()
print(c15(), c15(5), c15())
v16 = b""
print(t10)
print(type(v5).__name__)
del t10[:0]
c17 = make_counter2()
print(c17(), c17(7), c17())
r18 = f1(10182)
print(r18)
v19 = "snake_case"
def make_counter3():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias20 = v1
print(alias20 is v1, id(alias20) == id(v1))
del v6[:2]
del t10[:1]
print(type(v16).__name__)
print(gc.collect())
