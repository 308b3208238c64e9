# gen.py 105 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = ""
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1=2):
    acc = [p0, p1]
    for i in range(5):
        acc.append(i)
    return acc
v1 = dict(k0=800000000000000000000000000000724, k1=1335012661, k2=-8273, k3=95362)
v1.update({6: 8})
try:
    print([1, 2, 3][7])
except Exception as e:
    print(type(e).__name__, e)
acc2 = []
i = 0
while i < 11:
    if i % 4 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = C2(76537)
print(sys.getsizeof(v1))
print(gc.is_tracked(acc2))
acc4 = []
for i, x in enumerate([3, 1, 2]):
    if i > 1:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
v5 = 1e10
print(sys.getsizeof(v3))
print(gc.is_tracked(v1))
v5 = 2.5e-3
print(type(acc2).__name__)
v1 = {296: len(acc2), 40: 9000000000000000000000000000000000000000000000780}
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.collect())
def g1(n):
    for i in range(n):
        yield i * 4
if "k2" in v1:
    del v1["k2"]
print(gc.is_tracked(v3))
acc2.reverse()
acc2 = acc2 * 2
v6 = 173
v1 = {"k0": "abc123", "k1": "b", "k2": v6 % 97, "k3": v6 * 5, "k4": "a-b-c", "k5": repr(v1)}
def make_counter2():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
del acc4
x1 = 2.5
x2 = 2.5
print(x1 is x2)
print(v1.get(2), list(v1.keys())[:3])
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
if acc2:
    print(acc2.pop())
v1 = {"k0": "-".join(str(e) for e in acc2), "k1": f"<{v5}>", "k2": v6 * 1, "k3": "-".join(str(e) for e in acc2), "k4": "a"}
v7 = b"a"
r8 = f1(-v6, v6 % 2)
print(r8)
x1 = "abc"
x2 = "abc"
print(x1 is x2)
print(gc.is_tracked(v5))
print(gc.collect())
alias9 = v5
print(alias9 is v5, id(alias9) == id(v5))
v10 = v6 + 156
print(gc.collect())
