# gen.py 253 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "ü"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = {i % 5 for i in range(15)}
def g1(n):
    for i in range(n):
        yield i * 3
print(sys.getsizeof(v1))
print(sum(g1(8)), max(g1(2), default=-1))
v1.add(24)
print(sys.getrefcount(v1))
print(gc.collect())
print(19 in v1)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
v1.discard(40)
print(gc.is_tracked(v1))
print(len(v1))
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v2 = {}
print(sorted(v1))
try:
    print(1 // 0)
except Exception as e:
    print(type(e).__name__, e)
v1.add(0)
print(sys.getsizeof(v2))
v1.discard(4)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(len(gc.get_referents(v2)))
v1 = {i % 1 for i in range(21)}
del v1
r3 = f1()
print(r3)
t4 = "café"
t5 = id(t4)
del t4
t6 = ""
print(id(t6) == t5)
print(gc.is_tracked(t6))
def g2(n):
    for i in range(n):
        yield i * 3
print(v2)
o7 = C1(44)
o8 = C1(93894)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
v9 = t6.split()
if v9:
    v9[0] = repr(v2)
v9.append(194)
alias10 = v2
print(alias10 is v2, id(alias10) == id(v2))
del v9[:0]
print(t6)
print(gc.collect())
