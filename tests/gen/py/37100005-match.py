# gen.py 37100005 --features match,core --stmts 40
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
r1 = f1()
print(r1)
r2 = f1()
print(r2)
v3 = ()
print(len(v3))
v4 = -8268
v5 = [len(v3), 50, len(v3)]
if v5:
    v5[0] = "Hello World"
v6 = [v4 % 10, -64507, v4 % 10, -v4, v4 % 2, v4 * 3, v4 * 6]
acc7 = []
for i in range(21):
    acc7.append(str(i))
print(len(acc7), acc7[-3:])
del v6
v8 = str(v4)
r9 = f1()
print(r9)
print(type(v4).__name__)
print(len(v3))
v10 = v4 % 2
v11 = ()
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
match (1, 2, 3, 0):
    case MPt(x=MPt() as inner):
        print('case', 0, inner)
    case {'a': _, 'b': b}:
        print('case', 1, b)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
    case {'k': str() | bytes() as v}:
        print('case', 2, v)
v12 = 0.1
v13 = [i * 1 for i in range(6)]
try:
    for mt_s in [{1: 'one', 2: 'two'}, (1, 2)]:
        match mt_s:
            case MK.B | MK.C:
                print('case', 0)
            case [1, *_]:
                print('case', 1)
            case -1 | 300:
                print('case', 2)
            case bool(a, b):
                print('case', 3, a, b)
                print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
except TypeError as e:
    print('TypeError', e)
print(type(v4).__name__)
print(type(v4).__name__)
print(type(v13).__name__)
print(v10)
print(type(v5).__name__)
del v13[:2]
print(v4)
print(type(v3).__name__)
match 300:
    case set() | frozenset() as st:
        print('case', 0, st)
        print(type(st).__name__, sys.getsizeof(st), sys.getrefcount(st) if isinstance(st, (list, dict, tuple, MPt)) else '-')
    case str('ab'):
        print('case', 1)
    case MK.A:
        print('case', 2)
    case {}:
        print('case', 3)
    case _:
        print('case', 4)
print(len(acc7))
acc14 = []
for i in range(12):
    acc14.append(i * 1000)
print(len(acc14), acc14[-3:])
print(len(acc7))
acc14.append(v10 % 5)
match {1: 'one', 2: 'two'}:
    case float(f) if f > 1:
        print('case', 0, f)
    case [MPt(x=a), *rest]:
        print('case', 1, a, rest)
        print(type(a).__name__, sys.getsizeof(a), sys.getrefcount(a) if isinstance(a, (list, dict, tuple, MPt)) else '-')
    case None:
        print('case', 2)
    case (_, [*inner]):
        print('case', 3, inner)
        print(type(inner).__name__, sys.getsizeof(inner), sys.getrefcount(inner) if isinstance(inner, (list, dict, tuple, MPt)) else '-')
    case _:
        print('case', 4)
print('rest' in dir(), 'other' in dir())
r15 = f1()
print(r15)
if v5:
    print(v5.pop())
v12 = v12 * 2.5e-3
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
for mt_s in [(1, 'x'), ['a', 'b', 'c', 0], {}, set()]:
    match mt_s:
        case {}:
            print('case', 0)
        case list([a, b]):
            print('case', 1, a, b)
        case [[a, b], *rest]:
            print('case', 2, a, b, rest)
        case bytes() as by:
            print('case', 3, by)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
