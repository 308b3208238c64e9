# gen.py 201 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1):
    acc = [p0, p1]
    return acc
o1 = C1(9000000000000000000000000000000000000000000000000000000485)
o2 = C1(2047749904)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v3 = [34, 900000000000000000000000000000000000000000000000000699]
del v3
x1 = ()
x2 = ()
print(x1 is x2)
v4 = {i % 1 for i in range(13)}
print(type(v4).__name__)
acc5 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc5.append((i, x))
else:
    acc5.append(None)
print(len(acc5), acc5[-3:])
v6 = (1e10, 0.1)
print(sys.getsizeof(v6))
v7 = -2.25
print(sys.getsizeof(v4))
acc5.insert(-2, 247)
r8 = f1(22711, 10000000000000000000000218)
print(r8)
v4.discard(27)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
v9 = dict(k0=78806, k1=-99410, k2=18586, k3=15)
alias10 = v9
print(alias10 is v9, id(alias10) == id(v9))
v11 = C1(-46379)
v11 = C1(-70333)
del v6
acc12 = []
for i in range(0):
    acc12.append({i: i})
print(len(acc12), acc12[-3:])
acc13 = []
for i in range(12):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
v14 = repr(acc5)
acc13 = acc12 * 3
v15 = (4647,)
print(gc.is_tracked(v15))
print(v7)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(sys.getrefcount(v11))
v16 = list(range(0))
v17 = 557.70
v14 = v14 + "a-b-c"
print(v9)
print(gc.collect())
