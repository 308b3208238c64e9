# gen.py 190 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
v1 = 100.0
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
try:
    print(7 // 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
print(alias2)
r3 = f1(532915878, 165)
print(r3)
print(sys.getsizeof(v1))
v4 = C1(99978)
print(sys.getsizeof(v1))
print(sys.getsizeof(v1))
v4 = C1(160)
v5 = [30000000000000000000000000000000000000000000409, 22416, -74591, -70740]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
r6 = f1(-38395, 188)
print(r6)
del v4
r7 = f1(75209, len(v5))
print(r7)
print(sys.getsizeof(v5))
v8 = C1(48)
print(type(v5).__name__)
print(gc.collect())
x1 = 2.5
x2 = 2.5
print(x1 is x2)
v9 = (247,)
print(gc.is_tracked(v8))
v10 = 100.0
if v5:
    print(v5.pop())
v11 = 1253430168
print(sys.getsizeof(v1))
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
print(sys.getsizeof(v9))
x1 = 257
x2 = 257
print(x1 is x2)
c13 = make_counter1()
print(c13(), c13(3), c13())
del acc12[:3]
print(gc.is_tracked(v9))
v5.insert(2, v11 // 3)
t14 = "abc123"
t15 = id(t14)
del t14
t16 = "tab\t"
print(id(t16) == t15)
v17 = C1(1839028969)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
