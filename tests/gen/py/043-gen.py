# gen.py 43 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print([1, 2, 3][6])
except Exception as e:
    print(type(e).__name__, e)
o1 = C1(7000000000000000000000000000000000000000000000000000381)
o2 = C1(51890)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
del o1, o2
print(gc.collect())
v3 = -2.25
del v3
v4 = C1(8584)
print(type(v4).__name__)
print(v4.a, v4.total())
alias5 = v4
print(alias5 is v4, id(alias5) == id(v4))
v6 = b"zzzzzzzzzzzz"
r7 = f1(158)
print(r7)
v8 = (302155734,)
alias9 = v6
print(alias9 is v6, id(alias9) == id(v6))
del alias9
v10 = set(range(15))
o11 = C1(39)
o12 = C1(1320801705)
o11.other = o12
o12.other = o11
print(sys.getrefcount(o11), sys.getrefcount(o12))
del o11, o12
print(gc.collect())
print(gc.collect())
v13 = 59
print(17 in v10)
del v6
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
print(1 in v10)
v14 = [len(v8), v13 ** 4, v13 // -4, v13 % 2, len(v8), v13 % 5, v13 ** 3, 1000000000000000000000027, 479046613]
print(type(alias5).__name__)
r15 = f1(v13 % 2)
print(r15)
v16 = [v13 ** 5, v13 + 187, -v13, len(v8), v13 % 5, v13 + 132]
print(sys.getrefcount(v16))
v17 = b"hello"
print(gc.is_tracked(v17))
v18 = (len(v16),)
print(v13 is v13 + 0, v13 == v13 + 0)
print(sys.getsizeof(v8))
v19 = 100.0
print(sys.getsizeof(v17))
acc20 = []
for i in range(9):
    acc20.append([i])
print(len(acc20), acc20[-3:])
r21 = f1(53)
print(r21)
if v16:
    print(v16.pop())
v10.discard(44)
r22 = f1(v13 % 5)
print(r22)
print(gc.collect())
