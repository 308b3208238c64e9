# gen.py 37100003 --features match,core --stmts 40
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
for mt_s in [MEq(), False, 'xyz']:
    match mt_s:
        case str() as s:
            print('case', 0, s)
            print(type(s).__name__, sys.getsizeof(s), sys.getrefcount(s) if isinstance(s, (list, dict, tuple, MPt)) else '-')
        case MK.B | MK.C:
            print('case', 1)
        case MPt(z=w):
            print('case', 2, w)
        case int(n) if n > 10:
            print('case', 3, n)
        case _:
            print('case', 4)
print(type(v2).__name__)
print(v2)
del v1
v4 = 3.141592653589793
v5 = [1358, -25391, len(v2), len(v2)]
print(type(v2).__name__)
v2 = tuple(v5)
r6 = f1(1877959395, 80267, 168)
print(r6)
print(v4)
print(len(v2))
del v5
print(type(v4).__name__)
del r6
del v4
import tracemalloc
tracemalloc.start()
def mf7(s):
    match s:
        case 100000000000000000000 | 18446744073709551616:
            print('case', 0)
        case (a, *_, b):
            print('case', 1, a, b)
    return locals()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
print(repr(mf7([]))[:70])
print(repr(mf7([1]))[:70])
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
r8 = f1(len(v2), -1226, 1339870701)
print(r8)
acc9 = []
i = 0
while i < 15:
    if i % 3 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
v10 = []
acc9.insert(2, 76223)
print(len(acc9))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match [MStr('q'), 1]:
    case MPt():
        print('case', 0)
    case bool(b):
        print('case', 1, b)
    case [[a, b], *rest]:
        print('case', 2, a, b, rest)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
    case MPt(x=0, y=yy):
        print('case', 3, yy)
        print(type(yy).__name__, sys.getsizeof(yy), sys.getrefcount(yy) if isinstance(yy, (list, dict, tuple, MPt)) else '-')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
print('rest' in dir(), 'other' in dir())
print(type(v2).__name__)
acc9.extend(range(0))
print(len(acc9))
def mf11(s):
    match s:
        case {'m': v}:
            print('case', 0, v)
            print(type(v).__name__, sys.getsizeof(v), sys.getrefcount(v) if isinstance(v, (list, dict, tuple, MPt)) else '-')
        case other:
            print('case', 1, other)
            print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
    return locals()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
print(repr(mf11({1: 'one', 2: 'two'}))[:70])
print(repr(mf11({'k': 1}))[:70])
print(repr(mf11([MStr('q'), 1]))[:70])
print(repr(mf11(MLoose()))[:70])
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match {}:
    case str(s) if len(s) > 3:
        print('case', 0, s)
        print(type(s).__name__, sys.getsizeof(s), sys.getrefcount(s) if isinstance(s, (list, dict, tuple, MPt)) else '-')
    case other:
        print('case', 1, other)
        print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v12 = 0.0
print(type(acc9).__name__)
v10.extend(range(0))
v10.extend(range(0))
del acc9[:1]
