# gen.py 34100002 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 1e10
print(sys.getsizeof(v1))
v1 = 1.5
print(sys.getsizeof(v1))
v2 = 72
r3 = f1(40)
print(r3)
v4 = v2 / 2
v5 = 1.5
v6 = (2035108346, float(v2), v2 % 97, 52, v2 + 188, 12)
print(sys.getsizeof(v6))
print(v1)
v7 = []
v1 = float(v2)
acc8 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
if acc8:
    acc8[0] = f"<{v1}>"
if acc8:
    acc8[0] = f"<{v2}>"
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = dict(k0=len(v6), k1=v2 % 97)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm9
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = str(v1)
tm10 = [tm10 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v4
acc11 = []
i = 0
while i < 11:
    if i % 5 == 0:
        acc11.append(i)
    i += 1
print(len(acc11), acc11[-3:])
print(len(acc8))
print(sys.getsizeof(v5))
print(v5)
print(sys.getsizeof(tm10))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = v7[:]
tm12 = [tm12 for _ in range(36)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(tm10))
if acc11:
    print(acc11.pop())
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 7)
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
    kind = "line\n"
    def __init__(self, **kw):
        print('init MB1')
        self.mb1 = 97
        super().__init__(**kw)
    def who(self):
        return 'MB1>' + super().who()
class MC1(MA1):
    kind = "ü"
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 78
        super().__init__(**kw)
    def who(self):
        return 'MC1>' + super().who()
class MD1(Mix1, MB1, MC1, object):
    pass
print([k.__name__ for k in MD1.__mro__])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = {"k0": -80254, "k1": "spam eggs", "k2": "-".join(str(e) for e in tm10)}
tm13 = [tm13 for _ in range(15)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.is_tracked(acc11))
del tm10[:3]
v14 = {5: 334432772}
print(issubclass(MD1, MA1), issubclass(MA1, MD1), MD1.__subclasses__() == MA1.__subclasses__())
print(sorted(k.__name__ for k in MD1.__subclasses__()))
v15 = v2 * 0
print(sys.getsizeof(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = {36: 44, 289: len(v6), -1: v15 * -2, 206: 9586, 199: 140}
tm16 = [tm16 for _ in range(16)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = "tab\t"
tm17 = [tm17 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v18 = v15 % 5
tm13.reverse()
v19 = tuple(tm13)
v20 = 57
print(sys.getsizeof(v7))
mi21 = MD1(x=1)
print(mi21.who(), mi21.a, isinstance(mi21, MB1), isinstance(mi21, (MC1, int)))
v22 = tuple(acc11)
r23 = f1(-v20)
print(r23)
print(type(v5).__name__)
r24 = f1(213)
print(r24)
v25 = [[j] * 2 for j in range(1)]
v26 = "tab\t"
print(gc.is_tracked(v2))
v26 = repr(v15)
acc27 = []
i = 0
while i < 25:
    if i % 3 == 0:
        acc27.append(i)
    i += 1
print(len(acc27), acc27[-3:])
class MA2:
    def __init__(self, **kw):
        print('init MA2', sorted(kw))
        self.a = kw.get('a', 3)
    def who(self):
        return 'MA2'
class Mix2:
    def __init__(self, **kw):
        print('init Mix2')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB2(MA2):
    kind = "中文"
    def __init__(self, **kw):
        print('init MB2')
        self.mb2 = 17
        super().__init__(**kw)
    def who(self):
        return 'MB2>' + super().who()
class MC2(MA2):
    def __init__(self, **kw):
        print('init MC2')
        self.mc2 = 96
        super().__init__(**kw)
    def who(self):
        return 'MC2>' + super().who()
class MD2(Mix2, MC2, MB2):
    def __init__(self, **kw):
        kw.setdefault('a', 5)
        super().__init__(**kw)
        print('init MD2', self.a)
print([k.__name__ for k in MD2.__mro__])
mi28 = MD2(x=1)
print(mi28.who(), mi28.a, isinstance(mi28, MB2), isinstance(mi28, (MC2, int)))
del acc8[:0]
v29 = acc27 * 0
print(gc.collect())
