# gen.py 37100001 --features subsets,core --stmts 40
import sys
import gc
def f1(p0, p1, p2=1):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = 100.0
v2 = (1, 1e10)
r3 = f1(229199598, 77565, 76)
print(r3)
class FrozensetSub1(frozenset):
    def __repr__(self):
        return '<FrozensetSub1 ' + frozenset.__repr__(self) + '>'
    pass
print(FrozensetSub1.__mro__, FrozensetSub1.__base__ is frozenset)
v4 = 1910168519
ss5 = FrozensetSub1(())
print(repr(ss5), str(ss5), len(ss5), isinstance(ss5, frozenset), type(ss5) is frozenset)
v6 = v4 * 2
v1 = float(v4)
print(v2)
print(type(v1).__name__)
v7 = [1472610831, 89, v6 // 3, v6 // 7, v4 + 276468824, 41, 138]
ss8 = FrozensetSub1([1, 2, 3])
try:
    ss8.extra = [ss8]
    print(sorted(vars(ss8)), sys.getrefcount(ss8))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(type(v1).__name__)
v4 = len(v7)
v9 = 0.0
v10 = {128: 48, 17: -v4, 167: 198}
ss11 = FrozensetSub1(())
print(ss11 == frozenset(ss11), ss11 in [frozenset({2, 9})], bool(ss11), getattr(ss11, 'tag', '-'))
print(hash(ss11) == hash(frozenset(ss11)), {ss11: 1}[frozenset(ss11)])
print(v7)
del ss11
v7.extend(range(1))
v2 = tuple(v7)
v12 = 3.141592653589793
if 3 in v10:
    del v10[3]
v7.append("café")
if v7:
    print(v7.pop())
v13 = -v4
v14 = 8
del v1
if "k1" in v10:
    del v10["k1"]
v15 = {i: i * i for i in range(9)}
print(type(v14).__name__)
v16 = -39370
v17 = {}
v17 = {235: -v16, 144: -v13, 148: v13 % 5, 262: v13 * 5, 140: 1072587456, 61: v13 % 2}
v7.insert(1, -v16)
r18 = f1(v4 + 87, 112, 152434987)
print(r18)
acc19 = []
i = 0
while i < 17:
    if i % 3 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
acc20 = []
i = 0
while i < 21:
    if i % 4 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
v21 = (float(v13), -2.25, "€")
print(v2)
