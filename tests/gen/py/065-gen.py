# gen.py 65 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets --stmts 40
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
    kind = "€"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C2(" + repr(self.a) + ")"
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
def g1(n):
    for i in range(n):
        yield i * 4
v1 = C2(10000000000000000000000000000000115)
v2 = 2.5e-3
v3 = [73, -33067, 83, 128, 88, 1858602892, 209]
v3.extend(range(4))
x1 = "hello world"
x2 = "hello world"
print(x1 is x2)
print(gc.collect())
print(v3)
print(sys.getsizeof(v2))
print(type(v1).__name__)
v4 = (-2.25, 5000000000000000000000000000000000000000000000338, 0.1, v2 * 2.5e-3)
v5 = "café"
v3.insert(-1, 86244)
print(type(v2).__name__)
print(sys.getsizeof(v5))
if v3:
    print(v3.pop())
print(sys.getsizeof(v2))
v6 = (97043,)
v7 = ("a", 213, "spam eggs", 250, 100.0, "€")
alias8 = v1
print(alias8 is v1, id(alias8) == id(v1))
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v5))
print(gc.is_tracked(v1))
print(gc.is_tracked(v2))
v9 = v5 + "snake_case"
v10 = 4000000000000000000000000000000000000000000000000165
t11 = "hello"
t12 = id(t11)
del t11
t13 = v5[0:6]
print(id(t13) == t12)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
acc14.reverse()
alias15 = v2
print(alias15 is v2, id(alias15) == id(v2))
v3.insert(3, v10 ** 3)
alias16 = v6
print(alias16 is v6, id(alias16) == id(v6))
x1 = "abc"
x2 = "abc"
print(x1 is x2)
r17 = f1(v10 + 10000000000000000000000000000000000000000000000000000000566, v10 // 1, v10 % 97)
print(r17)
print(sys.getsizeof(v4))
v18 = ()
if acc14:
    print(acc14.pop())
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(gc.collect())
