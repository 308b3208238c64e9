# gen.py 52 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
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
class C2:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0=6):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = b"zzz"
v2 = [i * 3 for i in range(2)]
def g1(n):
    for i in range(n):
        yield i * 3
del v2
acc3 = []
for i in range(3):
    acc3.append(i * 1000)
print(len(acc3), acc3[-3:])
if acc3:
    acc3[0] = "-".join(str(e) for e in acc3)
t4 = -2.25
t5 = id(t4)
del t4
t6 = -2.25
print(id(t6) == t5)
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
v7 = acc3[:]
del v7
v8 = "spam eggs"
t9 = {268: 659477001, 102: 69602, 18: -3, 170: len(acc3), 187: 74, 34: 1000000000000000000000000307, 214: 73}
t10 = id(t9)
del t9
t11 = dict()
print(id(t11) == t10)
try:
    print(undefined_name_3)
except Exception as e:
    print(type(e).__name__, e)
if acc3:
    print(acc3.pop())
print(gc.is_tracked(acc3))
t6 = t6 * 3.141592653589793
if "k2" in t11:
    del t11["k2"]
c12 = make_counter1()
print(c12(), c12(8), c12())
print(len(v1))
print(sys.getsizeof(t6))
t11.update({"k3": 9})
o13 = C2(len(t11))
o14 = C2(10000000000000000000000495)
o13.other = o14
o14.other = o13
print(sys.getrefcount(o13), sys.getrefcount(o14))
del o13, o14
print(gc.collect())
v15 = (v8 + "tab\t", 170, str(t6), 63)
print(gc.is_tracked(t6))
try:
    print(undefined_name_4)
except Exception as e:
    print(type(e).__name__, e)
x1 = -6
x2 = -6
print(x1 is x2)
r16 = f1(173)
print(r16)
print(type(t6).__name__)
print(type(v1).__name__)
v17 = bytes(5)
acc3.append(v8.replace("l", "L"))
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(int("12x"))
except Exception as e:
    print(type(e).__name__, e)
print(list(g1(4)))
print(len(gc.get_referents(v15)))
alias18 = v17
print(alias18 is v17, id(alias18) == id(v17))
print(gc.collect())
