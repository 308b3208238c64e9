# gen.py 9 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
v2 = C1(144)
print(v2.a, v2.total())
print(sys.getsizeof(v1))
print(v2.a, v2.total())
print(sys.getsizeof(v1))
v3 = {i % 3 for i in range(0)}
v4 = 848987667
print(sorted(v3))
v5 = repr(v4)
print(v4)
print(2 in v3)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
v6 = v1 + "line\n"
v7 = (v4 % 5, 100.0)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
print(11 in v3)
r8 = f1()
print(r8)
print(0 in v3)
v3.add(27)
v9 = [len(v6), 8, -65443, v4 * 3, v4 * 3]
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(v5)
v10 = v5.upper()
v4 = 194
v9.extend(range(7))
x1 = -6
x2 = -6
print(x1 is x2)
x1 = -6
x2 = -6
print(x1 is x2)
acc11 = []
for i in range(14):
    acc11.append({i: i})
print(len(acc11), acc11[-3:])
print(v4 is v4 + 0, v4 == v4 + 0)
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
v12 = 83
v13 = v5 + "xxxxxxxxxxxxxx"
v1 = v13.replace("l", "L")
x1 = -6
x2 = -6
print(x1 is x2)
print(gc.collect())
