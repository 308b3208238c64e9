# gen.py 127 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "hello"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
def f1(p0, p1):
    acc = [p0, p1]
    return acc
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
c1 = make_counter1()
print(c1(), c1(7), c1())
v2 = {}
v3 = set(range(2))
v3.add(30)
print(gc.is_tracked(v3))
v3.add(32)
v4 = ("spam eggs", "a")
print(gc.is_tracked(v2))
print(type(v3).__name__)
v2["k3"] = len(v2)
acc5 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
v6 = b"a"
acc7 = []
for i in range(9):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
v3 = {84, 96, 92}
print(len(gc.get_referents(acc5)))
print(sys.getsizeof(v4))
v8 = 122
v9 = f"<{v8}>"
alias10 = acc7
print(alias10 is acc7, id(alias10) == id(acc7))
print(v6)
v11 = C1(v8 * 6)
print(sys.getsizeof(v2))
acc7.insert(-1, len(acc7))
print(v8 is v8 + 0, v8 == v8 + 0)
print(v4)
print(v8 is v8 + 0, v8 == v8 + 0)
t12 = float(v8)
t13 = id(t12)
del t12
t14 = float(v8)
print(id(t14) == t13)
v3.discard(27)
v15 = v8 ** 3
t16 = [i * 4 for i in range(4)]
t17 = id(t16)
del t16
t18 = []
print(id(t18) == t17)
v19 = v9.replace("l", "L")
print(alias10)
acc5.insert(0, len(v19))
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
