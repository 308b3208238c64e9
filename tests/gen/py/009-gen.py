# gen.py 9 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    kind = "Hello World"
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
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
v1 = "UPPER"
print(v1)
v2 = 1.5
print(gc.is_tracked(v1))
acc3 = []
i = 0
while i < 2:
    if i % 3 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
if acc3:
    print(acc3.pop())
v4 = v1.split()
v5 = 96756
v6 = v5 / 2
v7 = 400000000000000000000000000000000000000000070
def g1(n):
    for i in range(n):
        yield i * 1
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v8 = v1 + "line\n"
v9 = (v5 / 2, 1.5)
print(len(gc.get_referents(v4)))
print(type(v7).__name__)
print(gc.collect())
v4.append(str(v5))
r10 = f1()
print(r10)
if acc3:
    print(acc3.pop())
print(list(g1(6)))
print(v7 is v7 + 0, v7 == v7 + 0)
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
acc11 = []
for i in range(20):
    acc11.append(i)
print(len(acc11), acc11[-3:])
if acc11:
    print(acc11.pop())
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(v5)
v12 = v8.upper()
v5 = 194
v4.extend(range(7))
x1 = -6
x2 = -6
print(x1 is x2)
x1 = -6
x2 = -6
print(x1 is x2)
acc13 = []
for i in range(14):
    acc13.append({i: i})
print(len(acc13), acc13[-3:])
print(v5 is v5 + 0, v5 == v5 + 0)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(8 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v14 = 83
v15 = v1 + "xxxxxxxxxxxxxx"
print(gc.collect())
