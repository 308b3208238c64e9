# gen.py 37100003 --features subsets,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = {125: 124, 264: 167, 174: 34, 50: 1043497403, 64: 47}
v1 = dict(k0=226, k1=1930610893, k2=2128132044, k3=182978676)
v2 = (1e10, 1.5, 22435992, 187)
if 7 in v1:
    del v1[7]
r3 = f1(1872261782, 120, -93380)
print(r3)
print(v1.get("k4"), list(v1.keys())[:3])
class FrozensetSub1(frozenset):
    def __new__(cls, v=(), tag=None):
        self = super().__new__(cls, v)
        try:
            self.tag = tag
        except AttributeError as e:
            print('AttributeError', e)
        return self
    pass
print(FrozensetSub1.__mro__, FrozensetSub1.__base__ is frozenset)
v4 = "b"
del r3
print(len(v2))
print(type(v1).__name__)
print(v1.pop(10, None))
print(v2)
v1.update({"k0": 4})
print(v1.pop("k2", None))
v1[11] = 89100
print(len(v1))
print(v4)
v5 = repr(v1)
acc6 = []
i = 0
while i < 21:
    if i % 2 == 0:
        acc6.append(i)
    i += 1
print(len(acc6), acc6[-3:])
v2 = ()
print(len(v2))
if acc6:
    print(acc6.pop())
v7 = 0.1
print(len(v5))
ss8 = FrozensetSub1(range(5))
try:
    ss8.extra = [ss8]
    print(sorted(vars(ss8)), sys.getrefcount(ss8))
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
del acc6
ss9 = FrozensetSub1(range(5))
print(ss9 == frozenset(ss9), ss9 in [frozenset({2, 9})], bool(ss9), getattr(ss9, 'tag', '-'))
print(hash(ss9) == hash(frozenset(ss9)), {ss9: 1}[frozenset(ss9)])
v10 = (14, 2.5e-3, v7 * 0.0)
r11 = f1(1160566690, 228, 156)
print(r11)
v12 = ()
v1.update({3: 5})
ss13 = FrozensetSub1('abca')
print(repr(ss13), str(ss13), len(ss13), isinstance(ss13, frozenset), type(ss13) is frozenset)
class BytesSub2(bytes):
    def __new__(cls, v=(), tag=None):
        self = super().__new__(cls, v)
        try:
            self.tag = tag
        except AttributeError as e:
            print('AttributeError', e)
        return self
    def __bytes__(self):
        return b'<' + bytes.__bytes__(self) + b'>'
    pass
print(BytesSub2.__mro__, BytesSub2.__base__ is bytes)
r14 = f1(-68984, 37257, 88942)
print(r14)
print(v1)
print(v1.get(6), list(v1.keys())[:3])
acc15 = []
for i in range(8):
    acc15.append((i, i))
print(len(acc15), acc15[-3:])
