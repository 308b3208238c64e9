# gen.py 90 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    acc = {str(i): i for i in acc}
    return acc
v1 = 0.0
def g1(n):
    for i in range(n):
        yield i * 4
v2 = b"zzzzzz"
print(v1)
v1 = 126.13
v3 = []
acc4 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
if acc4:
    acc4[0] = "snake_case"
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
alias5 = acc4
print(alias5 is acc4, id(alias5) == id(acc4))
alias5.reverse()
del acc4
t6 = {}
t7 = id(t6)
del t6
t8 = {62: 300000000000000000000000000000000000000000000000000572, 45: 50000000000000000000000000000700, 71: -35850, 41: 149}
print(id(t8) == t7)
del t8
v9 = set(range(18))
del v3[:0]
v10 = {i % 6 for i in range(19)}
v1 = 981.98
v11 = repr(v3)
del v10
def g2(n):
    for i in range(n):
        yield i * 4
v3.append(v11.replace("l", "L"))
r12 = f1(125, 2000000000000000000000000000000653)
print(r12)
alias5.insert(0, 241)
print(sum(g2(8)), max(g2(2), default=-1))
print(len(v11))
alias5.extend(range(9))
print(sys.getsizeof(v11))
v13 = list(range(8))
v14 = v11.replace("l", "L")
del alias5
acc15 = []
i = 0
while i < 12:
    if i % 3 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v16 = 500000000000000000000000000000000000000000000000359
print(1 in v9)
o17 = C1(v16 % 97)
o18 = C1(v16 + -44006)
o17.other = o18
o18.other = o17
print(sys.getrefcount(o17), sys.getrefcount(o18))
del o17, o18
print(gc.collect())
v9.add(19)
print(gc.collect())
