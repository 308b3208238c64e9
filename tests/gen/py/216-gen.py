# gen.py 216 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    for i in range(2):
        acc.append(i)
    return acc
v1 = C1(700000000000000000000000000000000475)
v2 = b""
v1 = C1(200000000000000000000000000000000000296)
print(len(v2))
def g1(n):
    for i in range(n):
        yield i * 3
it3 = g1(5)
print(type(it3).__name__)
print(sys.getsizeof(it3))
for v in it3:
    print(v)
v4 = ()
o5 = C1(12065)
o6 = C1(133)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
alias7 = o6
print(alias7 is o6, id(alias7) == id(o6))
v2 = b""
print(type(o5).__name__)
v8 = v2[1:]
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v9 = {216: -89198, 54: 30000000000000000000000000000000000000000000000913, 118: 252, 124: 965921404, 187: len(v4), 108: 16042}
print(o5.a, o5.total())
v9["k1"] = 200000000000000000000000000000000000000000000000000541
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
print(type(v8).__name__)
x1 = -6
x2 = -6
print(x1 is x2)
print(v9.get("k6"), list(v9.keys())[:3])
v10 = "snake_case"
if "k5" in v9:
    del v9["k5"]
v11 = C1(50000000000000000000000000000000000000000000000000000627)
print(v10)
v2 = bytes(12)
print(type(o6).__name__)
v9 = {92: 76, 270: -78528}
v9.update({6: 0})
v12 = C1(8000000000000000000000000000000000000000000000000952)
print(sys.getsizeof(v11))
o13 = C1(101)
o14 = C1(331351158)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
try:
    print(undefined_name_9)
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
v15 = [-4137, 50000000000000000000000000946]
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
if "k2" in v9:
    del v9["k2"]
v16 = 1e10
acc17 = []
for i in range(4):
    acc17.append((i, i))
print(len(acc17), acc17[-3:])
print(gc.collect())
