# gen.py 34100003 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    acc = {str(i): i for i in acc}
    return acc
v1 = -44746
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = repr(v1)
tm2 = [tm2 for _ in range(2)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v3 = {}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm4 = "  pad  "
tm4 = [tm4 for _ in range(17)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
r5 = f1(v1 // -4, 1914864546, -v1)
print(r5)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = [len(v3), 1501319156, v1 + 50, 104, -v1, v1 // 2, v1 // -4, 44, len(tm2)]
tm6 = [tm6 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm6
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v7 = {112: -61483}
print(v7.pop("k0", None))
v8 = (v1 / 3, v1 // -4)
print(sys.getsizeof(tm4))
print(v8)
acc9 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
print(tm4)
print(tm4)
print(sys.getsizeof(v1))
acc10 = []
for i in range(12):
    acc10.append(i)
print(len(acc10), acc10[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = ("UPPER", "-".join(str(e) for e in tm2), "spam eggs", -v1)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm11
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v3.get("k0"), list(v3.keys())[:3])
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 2)
    def who(self):
        return 'MA1'
class Mix1:
    __slots__ = ()
    def __init__(self, **kw):
        print('init Mix1')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB1(MA1):
    def __init__(self, **kw):
        print('init MB1')
        self.mb1 = 35
        super().__init__(**kw)
class MC1(MA1):
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 89
        super().__init__(**kw)
    def who(self):
        return 'MC1>' + super().who()
class MD1(Mix1, MB1, MC1):
    def __init__(self, **kw):
        kw.setdefault('a', 7)
        super().__init__(**kw)
        print('init MD1', self.a)
print([k.__name__ for k in MD1.__mro__])
v1 = len(tm2)
print(sys.getrefcount(MA1), sys.getrefcount(MB1), sys.getrefcount(MC1), sys.getrefcount(MD1), sys.getrefcount(Mix1))
v12 = "  pad  "
acc10.reverse()
del tm2[:1]
v13 = tuple(tm4)
print(gc.is_tracked(v1))
print(type(v1).__name__)
v14 = (2.5e-3, str(v1), 57475, v1 / 2, f"<{v1}>")
v12 = str(v1)
v15 = v12.swapcase()
print(sys.getsizeof(tm2))
try:
    class Conf2(int, str):
        pass
    print('made', Conf2.__mro__)
except TypeError as e:
    print('TypeError', e)
if 3 in v7:
    del v7[3]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = {i: i * i for i in range(3)}
tm16 = [tm16 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v17 = v1 % 97
try:
    class Bad_(MD1, MB1, MC1):
        pass
    print('made', [k.__name__ for k in Bad_.__mro__])
except TypeError as e:
    print('TypeError', e)
v12 = "  pad  "
print(sys.getrefcount(MA1), sys.getrefcount(MB1), sys.getrefcount(MC1), sys.getrefcount(MD1), sys.getrefcount(Mix1))
if acc10:
    acc10[0] = repr(acc10)
acc18 = []
i = 0
while i < 5:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = tm2 + [-v17]
tm19 = [tm19 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = {}
tm20 = [tm20 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = "UPPER"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    class Bad_(MB1, MC1, MA1, MD1):
        pass
    print('made', [k.__name__ for k in Bad_.__mro__])
except TypeError as e:
    print('TypeError', e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = ()
tm22 = [tm22 for _ in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(v3)
v1 = v17 * 7
tm16.extend(range(5))
class BMix3:
    def hello(self):
        return 'hi ' + repr(self) + ' ' + type(self).__name__
class BCls3(int, BMix3):
    pass
mb23 = BCls3(7)
print(mb23.hello(), [k.__name__ for k in BCls3.__mro__], BCls3.__base__.__name__)
print(sys.getsizeof(mb23), mb23 == int(mb23), isinstance(mb23, BMix3))
mb23.tag = "a"
print(vars(mb23), sys.getrefcount(BCls3))
v24 = "snake_case"
acc10 = list(range(9))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = [v17 * -1, v17 // 7, v1 * 5, 91970, 116, 1270521045, 562764379]
tm25 = [tm25 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
class MA4:
    def __init__(self, **kw):
        print('init MA4', sorted(kw))
        self.a = kw.get('a', 9)
    def who(self):
        return 'MA4'
class MB4(MA4):
    kind = "line\n"
    def __init__(self, **kw):
        print('init MB4')
        self.mb4 = 80
        super().__init__(**kw)
class MC4(MA4):
    kind = "  pad  "
    def __init__(self, **kw):
        print('init MC4')
        self.mc4 = 41
        super().__init__(**kw)
    def who(self):
        return 'MC4>' + super().who()
class MD4(MB4, MC4):
    pass
print([k.__name__ for k in MD4.__mro__])
r26 = f1(len(acc18), v1 % 10, v1 % 2)
print(r26)
r27 = f1(v1 + -61451, v17 % 2, -v1)
print(r27)
v24 = "snake_case"
v3 = {24: v1 * -1, 204: 602893619, 218: -v17, 64: v1 % 10}
print(gc.collect())
