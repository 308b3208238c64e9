# gen.py 279 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "中文"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
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
v1 = ""
print(sys.getsizeof(v1))
print(type(v1).__name__)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(v1)
print(sys.getsizeof(v1))
print(gc.is_tracked(v1))
v2 = C2(30000000000000000492)
print(gc.is_tracked(v1))
acc3 = []
for i in range(14):
    acc3.append({i: i})
print(len(acc3), acc3[-3:])
acc3.append(repr(acc3))
del v1
acc3.reverse()
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v2))
print(acc3)
del v2
acc4 = []
for i in range(0):
    acc4.append((i, i))
print(len(acc4), acc4[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias5 = acc3
print(alias5 is acc3, id(alias5) == id(acc3))
t6 = "-".join(str(e) for e in alias5)
t7 = id(t6)
del t6
t8 = "tab\t"
print(id(t8) == t7)
r9 = f1()
print(r9)
del acc3
v10 = 600000000000000000000000000842
def g1(n):
    for i in range(n):
        yield i * 2
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
del r9
v11 = v10 ** 4
del alias5
v12 = set(range(13))
del acc4
v13 = bytes(2)
v14 = {i: i * i for i in range(12)}
print(gc.is_tracked(v11))
print(gc.collect())
