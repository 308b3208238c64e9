# gen.py 72 --features core,sizeof,refcount,ids,gc,classes,generators,closures,errors,bigint,sets,bytes --stmts 40
import sys
import gc
class C1:
    kind = "a-b-c"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1=9):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
try:
    print(undefined_name_5)
except Exception as e:
    print(type(e).__name__, e)
v1 = "café"
v2 = b"hello"
v3 = -35565
v4 = v2[1:]
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
acc5 = []
i = 0
while i < 18:
    if i % 3 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
r6 = f1(v3 + 55108, v3 * -1)
print(r6)
print(sys.getsizeof(v1))
del v1
def make_counter1():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump
print(v3 is v3 + 0, v3 == v3 + 0)
v7 = v2[1:]
del v2
v8 = (v3 % 10,)
v9 = 0.1
print(gc.collect())
if acc5:
    acc5[0] = "café"
del acc5[:0]
print(v3 is v3 + 0, v3 == v3 + 0)
v10 = {226: len(acc5), 226: 7000000000000000000000000000000000000000835, -5: v3 * 0}
acc11 = []
i = 0
while i < 11:
    if i % 2 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
t12 = [v3 * 3]
t13 = id(t12)
del t12
t14 = [i * 6 for i in range(0)]
print(id(t14) == t13)
o15 = C1(v3 + 185241608)
o16 = C1(v3 * 0)
o15.other = o16
o16.other = o15
print(sys.getrefcount(o15), sys.getrefcount(o16))
del o15, o16
print(gc.collect())
acc5.reverse()
v17 = tuple(acc5)
v10 = {149: 224, 15: 210, 32: 1281454482, 295: len(v10), 44: v3 ** 2}
print(v3 is v3 + 0, v3 == v3 + 0)
def g1(n):
    for i in range(n):
        yield i * 3
print(v3 is v3 + 0, v3 == v3 + 0)
print(sum(x * x for x in range(12)))
acc11.append("")
print(sys.getsizeof(v9))
alias18 = v7
print(alias18 is v7, id(alias18) == id(v7))
acc19 = []
i = 0
while i < 20:
    if i % 4 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
v20 = C1(v3 * 4)
del r6
print(type(t14).__name__)
print(gc.collect())
