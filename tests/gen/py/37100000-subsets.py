# gen.py 37100000 --features subsets,core --stmts 40
import sys
import gc
def f1():
    acc = []
    return acc
acc1 = []
i = 0
while i < 13:
    if i % 3 == 0:
        acc1.append(i)
    i += 1
print(len(acc1), acc1[-3:])
v2 = acc1 * 1
v3 = ("Hello World", 0.0, 0.1, "Hello World", 136)
print(len(v2))
acc1.insert(2, 96497)
del acc1[:1]
print(len(v2))
print(type(v3).__name__)
print(type(acc1).__name__)
del acc1
r4 = f1()
print(r4)
v2.reverse()
print(v3)
class SetSub1(set):
    def __repr__(self):
        return '<SetSub1 ' + set.__repr__(self) + '>'
    pass
print(SetSub1.__mro__, SetSub1.__base__ is set)
v5 = 108295230
print(v5)
if v2:
    v2[0] = f"<{v5}>"
v6 = v5 % 2
v2.reverse()
del v3
v7 = "abc123"
print(len(v7))
print(len(v7))
v7 = v7[0:3]
print(len(v2))
v2.insert(1, -v6)
del r4
print(v2)
v8 = {}
r9 = f1()
print(r9)
print(v6)
v5 = v6 // 3
if v2:
    v2[0] = v7 + "UPPER"
print(v2)
print(v7)
r10 = f1()
print(r10)
del v2[:0]
v8["k1"] = v7.title()
v11 = (len(v8), "-".join(str(e) for e in v2), v6 % 97, v6 / 3, v7.strip(), v5 / 2)
