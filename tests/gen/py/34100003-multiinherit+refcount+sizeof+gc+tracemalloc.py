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
mi16 = MD1(x=1)
print(sorted(vars(mi16)), mi16.__dict__ == vars(mi16))
print(repr(mi16))
r17 = f1(len(tm4), len(v14), 96)
print(r17)
v18 = list(range(1))
print(sys.getsizeof(v13))
del r17
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
acc19 = []
i = 0
while i < 5:
    if i % 4 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = tm2 + [-v1]
tm20 = [tm20 for _ in range(29)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {}
tm21 = [tm21 for _ in range(34)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = "UPPER"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
try:
    class Bad_(MB1, MC1, MA1, MD1):
        pass
    print('made', [k.__name__ for k in Bad_.__mro__])
except TypeError as e:
    print('TypeError', e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = ()
tm23 = [tm23 for _ in range(8)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(v3)
v1 = v1 * 7
v18.extend(range(5))
mi24 = MD1(x=1)
print(mi24.who(), mi24.a, isinstance(mi24, MB1), isinstance(mi24, (MC1, int)))
r25 = f1(-v1, -v1, 92875128)
print(r25)
v7["k3"] = [937.74, v1 / 7, len(v8), "abc123", 3.141592653589793, -6981]
del v7
if tm2:
    tm2[0] = "ü"
print(sys.getsizeof(v1))
if v18:
    print(v18.pop())
mi26 = MD1(x=1)
print(mi26.who(), mi26.a, isinstance(mi26, MB1), isinstance(mi26, (MC1, int)))
print(gc.collect())
