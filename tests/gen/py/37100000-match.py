# gen.py 37100000 --features match,core --stmts 40
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
match 3:
    case -0.0 | 1.5:
        print('case', 0)
    case [int(a), str(b)]:
        print('case', 1, a, b)
    case (a, *_, b):
        print('case', 2, a, b)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
    case bool(b):
        print('case', 3, b)
        print(type(b).__name__, sys.getsizeof(b), sys.getrefcount(b) if isinstance(b, (list, dict, tuple, MPt)) else '-')
    case other:
        print('case', 4, other)
        print(type(other).__name__, sys.getsizeof(other), sys.getrefcount(other) if isinstance(other, (list, dict, tuple, MPt)) else '-')
print(type(v3).__name__)
v5 = "€"
v2.reverse()
del v3
del v5
v6 = "hello"
v7 = 1e10
v8 = {}
acc9 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v2.append(2623)
print(len(v8))
print(type(v6).__name__)
v10 = 805132539
print(v7)
v10 = 56
r11 = f1()
print(r11)
r12 = f1()
print(r12)
acc9.extend(range(0))
if acc9:
    print(acc9.pop())
v7 = v10 / -8
acc13 = []
for i in range(23):
    acc13.append(i * 1000)
print(len(acc13), acc13[-3:])
print(acc13)
print(type(acc9).__name__)
import tracemalloc
tracemalloc.start()
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
for mt_s in [2 ** 64, [1]]:
    match mt_s:
        case 1 + 2j | -3j:
            print('case', 0)
        case {1: x, **rest}:
            print('case', 1, x, rest)
        case {'m': v}:
            print('case', 2, v)
            print(type(v).__name__, sys.getsizeof(v), sys.getrefcount(v) if isinstance(v, (list, dict, tuple, MPt)) else '-')
        case other:
            print('case', 3, other)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm match', tm_c1 - tm_c0, tm_p1 - tm_c0)
v14 = {i: i * i for i in range(2)}
