# gen.py 245 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1():
    acc = []
    return acc
v1 = b"a"
v2 = b"a"
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v3 = b"zzzzzzzz"
v4 = "a"
v5 = -93575
o6 = C1(215)
o7 = C1(v5 * 2)
o6.other = o7
o7.other = o6
print(sys.getrefcount(o6), sys.getrefcount(o7))
del o6, o7
print(gc.collect())
v8 = {50, 1, 100, 70, 99, 2, 28}
v8.add(39)
v9 = (36,)
def g1(n):
    for i in range(n):
        yield i * 1
print(sum(x * x for x in range(3)))
alias10 = v5
print(alias10 is v5, id(alias10) == id(v5))
print(sys.getsizeof(v5))
print(sys.getsizeof(v9))
v11 = "-".join(str(e) for e in v9)
v9 = (v5 / 3, alias10 + 14)
del v11
def g2(n):
    for i in range(n):
        yield i * 4
acc12 = []
for i in range(12):
    acc12.append(i * 1000)
print(len(acc12), acc12[-3:])
r13 = f1()
print(r13)
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
print(gc.is_tracked(v5))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
r14 = f1()
print(r14)
v15 = b"zzzzzzzzzzz"
acc12.extend(range(7))
o16 = C1(90089)
o17 = C1(92)
o16.other = o17
o17.other = o16
print(sys.getrefcount(o16), sys.getrefcount(o17))
del o16, o17
print(gc.collect())
v18 = (-v5,)
acc12.reverse()
t19 = "Hello World"
t20 = id(t19)
del t19
t21 = "€"
print(id(t21) == t20)
try:
    print(3 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
v22 = C1(alias10 // 7)
v23 = set()
print(1 in v8)
v8.add(27)
r24 = f1()
print(r24)
print(gc.collect())
