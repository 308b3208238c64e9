# gen.py 37100002 --features subsets,core --stmts 40
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
v1 = "tab\t"
acc2 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc2.append(i)
    i += 1
print(len(acc2), acc2[-3:])
v3 = 98
if acc2:
    acc2[0] = v1 * 1
v4 = {166: 226}
del v4
acc2.extend(range(8))
v5 = [[j] * 2 for j in range(4)]
acc6 = []
for i, x in enumerate(range(5, 12)):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = float(v3)
class BytearraySub1(bytearray):
    def __repr__(self):
        return '<BytearraySub1 ' + bytearray.__repr__(self) + '>'
    def size(self):
        return len(self) * 10
    pass
print(BytearraySub1.__mro__, BytearraySub1.__base__ is bytearray)
print(type(v1).__name__)
v1 = v1 * 1
print(v3)
print(type(acc2).__name__)
print(type(acc6).__name__)
if v5:
    v5[0] = "b"
r8 = f1(v3 + 198)
print(r8)
if acc6:
    print(acc6.pop())
v9 = 33592
if acc2:
    print(acc2.pop())
del v5
acc2.reverse()
print(type(v7).__name__)
print(v9)
acc10 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc10.append(i)
    i += 1
print(len(acc10), acc10[-3:])
print(v7)
v11 = f"<{v7}>"
v12 = ("hello", v9 * 7, "snake_case", v7 * 1e10)
acc6.extend(range(2))
print(type(v12).__name__)
print(v1)
v1 = "snake_case"
print(type(v3).__name__)
del v11
acc13 = []
i = 0
while i < 10:
    if i % 4 == 0:
        acc13.append(i)
    i += 1
print(len(acc13), acc13[-3:])
ss14 = BytearraySub1(b'hello world')
print(ss14 == bytearray(ss14), ss14 in [b'!'], bool(ss14), getattr(ss14, 'tag', '-'))
ss15 = BytearraySub1(b'')
import tracemalloc
tracemalloc.start()
ss_c0 = tracemalloc.get_traced_memory()[0]
st16 = [BytearraySub1(b'hello world') for _ in range(5)]
ss_c1 = tracemalloc.get_traced_memory()[0]
del st16
print('tm', ss_c1 - ss_c0, tracemalloc.get_traced_memory()[0] - ss_c1)
print(v9)
v7 = v9 / 7
