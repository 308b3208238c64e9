# gen.py 37100001 --features match,core --stmts 40
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
class MPt:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'MPt(%r, %r)' % (self.x, self.y)
class MSub(MPt):
    pass
class MK:
    A, B, C = 1, 'hello', (1, 2)
class MStr(str):
    pass
class MDict(dict):
    def __missing__(self, key):
        print('missing', key)
        return 0
class MBase:
    def __repr__(self):
        return '<' + type(self).__name__ + '>'
class MLoose(MBase):
    __match_args__ = ('p', 'q')
    def __getattr__(self, name):
        return name * 2
class MEq(MBase):
    __match_args__ = ('v',)
    v = [1]
    def __eq__(self, other):
        return True
class MBadArgs(MBase):
    __match_args__ = ['x']
    x = 1
class MStrArgs(MBase):
    __match_args__ = (1,)
class MRaise(MBase):
    __match_args__ = ('boom',)
    @property
    def boom(self):
        raise TypeError('boom property')
match {}:
    case ():
        print('case', 0)
    case _:
        print('case', 1)
v2 = (232, 1131315396, 37428)
print(v1)
print(type(v1).__name__)
v4 = [2026071410, 55555, 85506, len(v2), 898669391, 276468824, 10280]
v2 = (216,)
def mf5(s):
    match s:
        case str() as s:
            print('case', 0, s)
    return None
print(repr(mf5('ab'))[:70])
print(repr(mf5(0))[:70])
print(repr(mf5({}))[:70])
del v4[:2]
acc6 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc6.append((i, x))
else:
    acc6.append(None)
print(len(acc6), acc6[-3:])
v7 = {128: 277036973, 33: 159, 167: 993020107}
match (1, 2, 3, 4, 5):
    case [int(a), str(b)]:
        print('case', 0, a, b)
        print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
    case list([a, b]):
        print('case', 1, a, b)
print(v4)
match set():
    case [a, b] | (a, b, _):
        print('case', 0, a, b)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
    case MStr() as ms:
        print('case', 1, ms)
        print(type(ms).__name__, sys.getsizeof(ms), sys.getrefcount(ms) if isinstance(ms, (list, dict, tuple, MPt)) else '-')
    case other:
        print('case', 2, other)
        print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
try:
    match b'ab':
        case MK.B | MK.C:
            print('case', 0)
        case MPt(a, x=b):
            print('case', 1, a, b)
            print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
        case [a, [b, *rest]]:
            print('case', 2, a, b, rest)
        case int(n) if n > 10:
            print('case', 3, n)
            print(type(n).__name__, sys.getsizeof(n), sys.getrefcount(n) if isinstance(n, (list, dict, tuple, MPt)) else '-')
        case set() | frozenset() as st:
            print('case', 4, st)
        case _:
            print('case', 5)
except TypeError as e:
    print('TypeError', e)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v8 = 3
print(v7.pop("k4", None))
v9 = "-".join(str(e) for e in v4)
acc6.append(len(v2))
print(type(v8).__name__)
if acc6:
    print(acc6.pop())
if acc6:
    print(acc6.pop())
print(v9)
def mf10(s):
    match s:
        case MSub(a):
            print('case', 0, a)
    return s
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
print(repr(mf10({'a': 3}))[:70])
print(repr(mf10((1, 2, 3, 0)))[:70])
print(repr(mf10(MPt(0, 0)))[:70])
print(repr(mf10([[1, 2], 3]))[:70])
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v11 = [v8 + 87, v8 % 97, v8 + -72277, 1396161275, 68371, -87801]
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match {'k': b'by'}:
    case (a, *_, b):
        print('case', 0, a, b)
        print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
    case other:
        print('case', 1, other)
        print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(v7)
acc12 = []
for i in range(8):
    acc12.append([i])
print(len(acc12), acc12[-3:])
print(len(v4))
match MStrArgs():
    case -1 | 300:
        print('case', 0)
v9 = "tab\t"
v13 = ()
acc14 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
v15 = "-".join(str(e) for e in v4)
v16 = {"k0": -v8, "k1": v8 + 1641831584, "k2": v8 // 1, "k3": "-".join(str(e) for e in v13)}
print(v9)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match MStrArgs():
    case set() | frozenset() as st:
        print('case', 0, st)
    case tuple((a, *rest)):
        print('case', 1, a, rest)
        print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
    case [1, *_]:
        print('case', 2)
    case 0:
        print('case', 3)
    case other:
        print('case', 4, other)
        print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(type(v1).__name__)
