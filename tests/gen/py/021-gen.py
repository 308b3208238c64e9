# gen.py 21 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0):
    acc = [p0]
    return acc
t1 = ""
t2 = id(t1)
del t1
t3 = "UPPER"
print(id(t3) == t2)
v4 = "UPPER"
acc5 = []
i = 0
while i < 19:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
acc5.reverse()
v6 = {i: i * i for i in range(2)}
v7 = 100.0
print(v6.pop("k1", None))
del v4
v8 = [9000000000000000000000000000000000000000205]
v9 = C1(len(v6))
del v7
print(t3)
print(v8)
del t3
t10 = "a-b-c"
t11 = id(t10)
del t10
t12 = "café"
print(id(t12) == t11)
v13 = t12.title()
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v14 = C1(61258115)
del t12
v8.extend(range(3))
print(v13)
r15 = f1(142)
print(r15)
v16 = (82,)
v8.extend(range(2))
del acc5
print(sys.getrefcount(v8))
print(type(v9).__name__)
v8.insert(2, -18449)
v17 = 7
v6.update({4: 2})
v13 = "-".join(str(e) for e in v8)
v18 = 100.0
v8.extend(range(9))
print(type(v9).__name__)
v6.update({"k6": 0})
del v8[:0]
print(v6.pop(11, None))
v19 = v8 + [8000000000000000000000000000000000000000000000000000100]
print(gc.collect())
