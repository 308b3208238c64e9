# gen.py 79 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1, p2=5):
    acc = [p0, p1, p2]
    for i in range(1):
        acc.append(i)
    return acc
v1 = b"\x00\xff"
try:
    print(2 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v2 = (0.1, 0.1)
v3 = [158, 23306, 1566176720, 156]
try:
    print(6 // 0)
except Exception as e:
    print(type(e).__name__, e)
t4 = repr(v3)
t5 = id(t4)
del t4
t6 = ""
print(id(t6) == t5)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
v3.insert(-1, 32775)
v7 = v1 + b"x"
v8 = bytes(18)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v2 = (125,)
v9 = len(v3)
v10 = len(t6)
v3.insert(2, len(t6))
print(type(v7).__name__)
v3.reverse()
v11 = repr(v9)
v12 = b"zzzzzzzzzzzzzzzzzzzzzzz"
v13 = bytes(15)
if v3:
    v3[0] = t6.upper()
acc14 = []
i = 0
while i < 4:
    if i % 3 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(gc.is_tracked(v7))
r15 = f1(26, v10 ** 4, 103)
print(r15)
def g1(n):
    for i in range(n):
        yield i * 2
r16 = f1(-v10, 84592, v10 % 97)
print(r16)
print(len(v2))
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(type(v9).__name__)
alias17 = v12
print(alias17 is v12, id(alias17) == id(v12))
v18 = {}
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del alias17
print(len(gc.get_referents(v3)))
print(v9 is v9 + 0, v9 == v9 + 0)
v3.reverse()
acc14.reverse()
x1 = 2.5
x2 = 2.5
print(x1 is x2)
r19 = f1(34, v10 // -4, v10 + 30000000000000000000000000000000000000000000000000000000915)
print(r19)
print(sum(x * x for x in range(2)))
print(gc.collect())
