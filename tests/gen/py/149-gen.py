# gen.py 149 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2=0):
    acc = [p0, p1, p2]
    for i in range(6):
        acc.append(i)
    return acc
print(gc.collect())
v1 = 13021
v2 = set(range(5))
v2.discard(16)
acc3 = []
for i, x in enumerate(range(5, 12)):
    if i > 1:
        break
    acc3.append((i, x))
else:
    acc3.append(None)
print(len(acc3), acc3[-3:])
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del v2
acc3.extend(range(5))
x1 = 256
x2 = 256
print(x1 is x2)
v4 = {i: i * i for i in range(9)}
print(type(v1).__name__)
print(v1)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(v4))
o5 = C1(v1 % 97)
o6 = C1(v1 ** 3)
o5.other = o6
o6.other = o5
print(sys.getrefcount(o5), sys.getrefcount(o6))
def g1(n):
    for i in range(n):
        yield i * 2
v1 = len(acc3)
v4 = {i: i * i for i in range(0)}
acc7 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
print(v1 is v1 + 0, v1 == v1 + 0)
print(sys.getsizeof(o6))
print(type(v4).__name__)
if acc3:
    acc3[0] = "  pad  "
acc3.append(v1 * 2)
print(sys.getsizeof(v4))
print(gc.is_tracked(acc3))
print(sys.getsizeof(v1))
r8 = f1(v1 % 5, v1 % 5, v1 ** 3)
print(r8)
print(sum(x * x for x in range(4)))
print(sys.getsizeof(o5))
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getrefcount(o6))
if acc7:
    acc7[0] = f"<{v1}>"
del o6
v9 = set()
acc10 = []
i = 0
while i < 23:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
acc10.extend(range(4))
r11 = f1(len(acc7), -v1, v1 % 10)
print(r11)
print(gc.collect())
