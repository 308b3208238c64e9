# gen.py 121 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
o1 = C1(-24455)
o2 = C1(1855004953)
o1.other = o2
o2.other = o1
print(sys.getrefcount(o1), sys.getrefcount(o2))
v3 = b"hello"
print(sys.getsizeof(o1))
print(o2.a, o2.total())
v4 = [-14964, 166, 49062, 0, 74110, 106, 100]
v4.insert(2, 87)
print(sys.getrefcount(o2))
print(o2.a, o2.total())
v4.reverse()
del v4[:2]
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
r5 = f1(-78160, -51079, -57572)
print(r5)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 4
v4.append(800000000000000000000000000000000000000483)
print(gc.is_tracked(o2))
print(sys.getsizeof(o2))
print(type(v3).__name__)
print(o1.a, o1.total())
print(gc.is_tracked(v4))
try:
    print(undefined_name_6)
except Exception as e:
    print(type(e).__name__, e)
if v4:
    print(v4.pop())
print(v3)
v6 = 20589
try:
    print(undefined_name_1)
except Exception as e:
    print(type(e).__name__, e)
o2 = C1(v6 * -1)
t7 = 2.5e-3
t8 = id(t7)
del t7
t9 = 1e10
print(id(t9) == t8)
print(sys.getsizeof(v4))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
r10 = f1(-v6, 160, len(v4))
print(r10)
v6 = v6 ** 2
print(sys.getrefcount(o2))
print(gc.collect())
del v4[:3]
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias11 = o1
print(alias11 is o1, id(alias11) == id(o1))
print(len(gc.get_referents(alias11)))
v4.extend(range(2))
print(gc.collect())
