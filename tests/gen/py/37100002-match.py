# gen.py 37100002 --features match,core --stmts 40
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
for mt_s in [True, bytearray(b'xy'), 2]:
    match mt_s:
        case [a, *rest]:
            print('case', 0, a, rest)
            print(type(rest).__name__, sys.getsizeof(rest), sys.getrefcount(rest) if isinstance(rest, (list, dict, tuple, MPt)) else '-')
        case {'k': [a, *rest]}:
            print('case', 1, a, rest)
            print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
        case 0:
            print('case', 2)
print(len(acc6))
print(len(acc6))
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
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match {'k': b'by'}:
    case str('ab'):
        print('case', 0)
    case 'a' 'b' | b'ab':
        print('case', 1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
acc10.append(-v3)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
match 2:
    case 1 | 2 | 3:
        print('case', 0)
    case {'k': str() | bytes() as v}:
        print('case', 1, v)
        print(type(v).__name__, sys.getsizeof(v), sys.getrefcount(v) if isinstance(v, (list, dict, tuple, MPt)) else '-')
    case (a, b) if a == b:
        print('case', 2, a, b)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v14 = {i: i * i for i in range(1)}
v15 = dict(k0=v3 + 241)
