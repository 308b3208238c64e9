# gen.py 183 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
    acc = {str(i): i for i in acc}
    return acc
v1 = C1(32)
alias2 = v1
print(alias2 is v1, id(alias2) == id(v1))
v3 = 6770
o4 = C1(v3 ** 4)
o5 = C1(1000000000000000000000000000000000000000845)
o4.other = o5
o5.other = o4
print(sys.getrefcount(o4), sys.getrefcount(o5))
del o4, o5
print(gc.collect())
v6 = set()
print(gc.is_tracked(alias2))
print(sys.getsizeof(v3))
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(7 in v6)
alias7 = v1
print(alias7 is v1, id(alias7) == id(v1))
print(type(alias7).__name__)
v8 = {i: i * i for i in range(8)}
v9 = C1(v3 // 7)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
def g1(n):
    for i in range(n):
        yield i * 2
print(sum(g1(5)), max(g1(2), default=-1))
print(sys.getrefcount(alias2))
v10 = [v3 * 6, -v3, len(v8)]
del v10
v6.add(26)
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v11 = {}
alias7 = C1(v3 ** 2)
print(len(v11))
v12 = ()
print(v3 is v3 + 0, v3 == v3 + 0)
print(2 in v6)
v9 = C1(v3 * 4)
print(19 in v6)
try:
    print([1, 2, 3][9])
except Exception as e:
    print(type(e).__name__, e)
t13 = list(range(7))
t14 = id(t13)
del t13
t15 = [89904]
print(id(t15) == t14)
v16 = 961.43
print(v11.pop(0, None))
v17 = len(v11)
print(v17 is v17 + 0, v17 == v17 + 0)
r18 = f1()
print(r18)
print(type(t15).__name__)
print(gc.collect())
