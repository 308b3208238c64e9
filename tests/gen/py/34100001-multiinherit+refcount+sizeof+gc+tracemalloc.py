# gen.py 34100001 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0, p1=8):
    acc = [p0, p1]
    for i in range(6):
        acc.append(i)
    return acc
v1 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v2 = "中文"
v3 = (73, -97421, 3.141592653589793, "xxxxxxxxxxxxxxxxxxxx")
v4 = [237749519, 192, 181]
print(sys.getsizeof(v2))
print(sys.getsizeof(v4))
v1 = repr(v3)
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 8)
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
        self.mb1 = 8
        super().__init__(**kw)
    def who(self):
        return 'MB1>' + super().who()
class MC1(MA1):
    kind = "  pad  "
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 91
        super().__init__(**kw)
class MD1(Mix1, MC1, MB1, object):
    def __init__(self, **kw):
        kw.setdefault('a', 4)
        super().__init__(**kw)
        print('init MD1', self.a)
print([k.__name__ for k in MD1.__mro__])
print(sys.getsizeof(v1))
v5 = 100.0
print(gc.is_tracked(v4))
print(sys.getsizeof(v3))
print(sys.getsizeof(v2))
del v2
v4.insert(0, 1669947142)
print(type(v5).__name__)
mi6 = MD1()
print(sorted(vars(mi6)), mi6.__dict__ == vars(mi6))
print(repr(mi6))
r7 = f1(154121258, len(v4))
print(r7)
r8 = f1(50657, 98900)
print(r8)
r9 = f1(606600868, 199)
print(r9)
v1 = str(v5)
v10 = 1.5
print(sys.getrefcount(v4))
print(gc.is_tracked(v4))
print(v3)
if v4:
    print(v4.pop())
r11 = f1(38, len(v4))
print(r11)
print(type(v3).__name__)
del v4[:0]
print(type(v5).__name__)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = list(range(10))
tm12 = [tm12 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v3))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = [0.0, 0.1, v5 * 1e10, 2.5e-3, "spam eggs"]
tm13 = [tm13 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc14 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc14.append((i, x))
else:
    acc14.append(None)
print(len(acc14), acc14[-3:])
v4.extend(range(8))
print(gc.is_tracked(v5))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = v4 + [len(v3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm15
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v5)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = {"k0": 36, "k1": f"<{v10}>", "k2": 7}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v3).__name__)
v1 = "a-b-c"
print(sys.getsizeof(v1))
v4.insert(0, 2056399592)
print(type(v4).__name__)
class MA2:
    def __init__(self, **kw):
        print('init MA2', sorted(kw))
        self.a = kw.get('a', 4)
    def who(self):
        return 'MA2'
class Mix2:
    __slots__ = ()
    def __init__(self, **kw):
        print('init Mix2')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB2(MA2):
    kind = "line\n"
    def __init__(self, **kw):
        print('init MB2')
        self.mb2 = 38
        super().__init__(**kw)
class MC2(MA2):
    kind = "snake_case"
    def __init__(self, **kw):
        print('init MC2')
        self.mc2 = 18
        super().__init__(**kw)
    def who(self):
        return 'MC2>' + super().who()
class MD2(Mix2, MB2, MC2, object):
    pass
print([k.__name__ for k in MD2.__mro__])
acc14.extend(range(8))
v5 = 1.5
del v3
r17 = f1(-91739, len(acc14))
print(r17)
v1 = v1.swapcase()
print(v5)
print(v10)
v18 = {i: i * i for i in range(10)}
acc14.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = acc14 * 2
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v20 = v5 * 2.5e-3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {127: len(v18), 27: 183, 208: -10408, 245: len(acc14)}
tm21 = [tm21 for _ in range(19)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
try:
    class Bad_(MA1, MD1):
        pass
    print('made', [k.__name__ for k in Bad_.__mro__])
except TypeError as e:
    print('TypeError', e)
r22 = f1(813010119, -79509)
print(r22)
print(gc.collect())
