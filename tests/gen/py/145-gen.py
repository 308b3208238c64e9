# gen.py 145 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "tab\t"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(4):
        acc.append(i)
    return acc
v1 = b"hello"
v2 = ""
v3 = "a"
o4 = C2(5000000000000000000000000000000000000000000000000000000000736)
o5 = C2(52823)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
print(type(v2).__name__)
print(sys.getsizeof(v1))
try:
    print(9 // 0)
except Exception as e:
    print(type(e).__name__, e)
v6 = set()
o7 = C2(85024)
o8 = C2(40000000000000000000000000000000000000000000000000000000344)
o7.other = o8
o8.other = o7
print(sys.getrefcount(o7), sys.getrefcount(o8))
print(gc.collect())
acc9 = []
for i in range(7):
    acc9.append(i * 1000)
print(len(acc9), acc9[-3:])
v10 = -26828
acc9 = [210, v10 ** 3, v10 ** 4]
t11 = 1.5
t12 = id(t11)
del t11
t13 = 1e10
print(id(t13) == t12)
v14 = bytes(14)
print(17 in v6)
v15 = acc9 * 2
v6.discard(30)
print(sys.getsizeof(v6))
acc9.reverse()
print(gc.is_tracked(t13))
v16 = v10 / -8
t17 = repr(v10)
t18 = id(t17)
del t17
t19 = v3 + "b"
print(id(t19) == t18)
v20 = bytes(8)
v21 = tuple(v15)
print(v10)
v22 = [v10 // 2]
v23 = bytes(14)
print(gc.is_tracked(v16))
del v23
alias24 = o7
print(alias24 is o7, id(alias24) == id(o7))
v25 = {}
v26 = v2 + "hello"
v15.append(v10 ** 3)
t27 = list(range(9))
t28 = id(t27)
del t27
t29 = v22 * 0
print(id(t29) == t28)
v30 = 140.17
v31 = v16 * 3.141592653589793
print(type(v16).__name__)
r32 = f1(v10 * -2, len(t19))
print(r32)
print(gc.collect())
