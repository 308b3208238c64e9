# gen.py 37100004 --features match,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = tuple(acc)
    return acc
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
match (1,):
    case float(f) if f > 1:
        print('case', 0, f)
    case {'k': v}:
        print('case', 1, v)
    case int(n) if (n := n + 1) > 2:
        print('case', 2, n)
    case bool() | None as nb:
        print('case', 3, nb)
        print(type(nb).__name__, sys.getsizeof(nb), sys.getrefcount(nb) if isinstance(nb, (list, dict, tuple, MPt)) else '-')
    case _:
        print('case', 4)
v1 = ("ü", 72, 837931294, 51195, 325839369, "UPPER")
print(type(v1).__name__)
for mt_s in [1 + 2j, (1, 2, 3, 4, 5), MDict(k=5)]:
    match mt_s:
        case 100000000000000000000 | 18446744073709551616:
            print('case', 0)
        case [*rest, 0]:
            print('case', 1, rest)
        case 1 | 2 | 3:
            print('case', 2)
        case other:
            print('case', 3, other)
try:
    match []:
        case bool(a, b):
            print('case', 0, a, b)
        case 1 | 2 | 3:
            print('case', 1)
except TypeError as e:
    print('TypeError', e)
v2 = 123
v3 = "a-b-c"
print(len(v3))
v4 = ["€", v2 + 658757635, v3[1:8], v3.replace("l", "L"), f"<{v2}>", 1e10]
del v4
print(len(v1))
print(type(v2).__name__)
v5 = v3.replace("l", "L")
print(type(v2).__name__)
v6 = {"k0": -5386}
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
for mt_s in [MLoose(), MDict(k=5), [1, 2]]:
    match mt_s:
        case [1, *_]:
            print('case', 0)
        case MLoose(a, b):
            print('case', 1, a, b)
            print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
        case {'k': v, **rest}:
            print('case', 2, v, rest)
            print(type(rest).__name__, sys.getsizeof(rest), sys.getrefcount(rest) if isinstance(rest, (list, dict, tuple, MPt)) else '-')
        case (1 | 2) as one:
            print('case', 3, one)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v1 = ()
v6 = {}
acc7 = []
i = 0
while i < 9:
    if i % 2 == 0:
        acc7.append(i)
    i += 1
print(len(acc7), acc7[-3:])
print(type(v3).__name__)
print(type(v3).__name__)
v8 = float(v2)
for mt_s in [MPt(3, 1), [0, [1, 2, 3]]]:
    match mt_s:
        case 'a' | 'hello':
            print('case', 0)
        case {1: x, **rest}:
            print('case', 1, x, rest)
            print(type(x).__name__, sys.getsizeof(x), sys.getrefcount(x) if isinstance(x, (list, dict, tuple, MPt)) else '-')
if acc7:
    print(acc7.pop())
acc9 = []
i = 0
while i < 7:
    if i % 2 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
print(v6.get("k3"), list(v6.keys())[:3])
del v1
v10 = acc7 + [8449]
print(v3)
v11 = 0.1
v12 = [3.141592653589793, "tab\t", 1795395476, v2 % 2, v5 + "€"]
v13 = {88: 40036, 42: len(v12), -9: 338187223, 190: len(v10)}
print(type(acc9).__name__)
v14 = {"k0": repr(acc7), "k1": v2 % 2, "k2": f"<{v8}>", "k3": str(v8)}
v15 = [[j] * 1 for j in range(2)]
print(len(acc7))
v16 = {21: v2 + 62}
acc7.insert(-1, 231)
