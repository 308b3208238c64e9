# gen.py 37100004 --features subsets,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
class BytearraySub1(bytearray):
    def __repr__(self):
        return '<BytearraySub1 ' + bytearray.__repr__(self) + '>'
    pass
print(BytearraySub1.__mro__, BytearraySub1.__base__ is bytearray)
v1 = {i: i * i for i in range(5)}
del v1
v2 = {40: 8601, 282: 131522185, 123: 1035203192, 57: 2112138578, 79: -45147, 56: 225}
acc3 = []
i = 0
while i < 14:
    if i % 3 == 0:
        acc3.append(i)
    i += 1
print(len(acc3), acc3[-3:])
print(len(acc3))
print(len(acc3))
print(type(v2).__name__)
acc3.insert(1, 150005427)
v2 = dict(k0=len(v2), k1=443343564, k2=1459731585)
print(type(acc3).__name__)
v4 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v5 = "snake_case"
acc3 = v5.split()
v6 = v5[1:5]
print(type(acc3).__name__)
print(len(v6))
v7 = "hello"
if acc3:
    acc3[0] = v5 + "中文"
print(type(acc3).__name__)
acc3 = []
v2 = {i: i * i for i in range(0)}
acc8 = []
for i, x in enumerate([3, 1, 2]):
    if i > 3:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v9 = 406.26
print(v9)
if acc3:
    print(acc3.pop())
r10 = f1(27940, 720394703, 97998)
print(r10)
ss11 = BytearraySub1(b'abc')
try:
    ss_r = bytes(ss11)
    print(repr(ss_r)[:60], type(ss_r).__name__)
except (TypeError, ValueError, KeyError, UnicodeDecodeError) as e:
    print(type(e).__name__, e)
try:
    ss_r = ss11.copy()
    print(repr(ss_r)[:60], type(ss_r).__name__)
except (TypeError, ValueError, KeyError, UnicodeDecodeError) as e:
    print(type(e).__name__, e)
v2 = {}
acc12 = []
i = 0
while i < 9:
    if i % 2 == 0:
        acc12.append(i)
    i += 1
print(len(acc12), acc12[-3:])
print(type(v7).__name__)
print(type(v6).__name__)
v13 = 100.0
class SetSub2(set):
    def __repr__(self):
        return '<SetSub2 ' + set.__repr__(self) + '>'
    def size(self):
        return len(self) * 10
    pass
print(SetSub2.__mro__, SetSub2.__base__ is set)
print(v2.get("k2"), list(v2.keys())[:3])
if acc12:
    print(acc12.pop())
acc14 = []
i = 0
while i < 7:
    if i % 2 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
print(v2.get("k3"), list(v2.keys())[:3])
del acc3
