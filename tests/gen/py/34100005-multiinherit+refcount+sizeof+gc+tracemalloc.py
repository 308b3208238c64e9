# gen.py 34100005 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    return acc
v1 = {}
r2 = f1()
print(r2)
print(sys.getsizeof(v1))
v3 = len(v1)
v4 = "xxxxxx"
print(sys.getsizeof(v4))
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 0)
    def who(self):
        return 'MA1'
class MB1(MA1):
    kind = "abc123"
    def __init__(self, **kw):
        print('init MB1')
        self.mb1 = 55
        super().__init__(**kw)
class MC1(MA1):
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 99
        super().__init__(**kw)
    def who(self):
        return 'MC1>' + super().who()
class MD1(MB1, MC1):
    def __init__(self, **kw):
        kw.setdefault('a', 8)
        super().__init__(**kw)
        print('init MD1', self.a)
print([k.__name__ for k in MD1.__mro__])
v5 = -2.25
del v5
del v4
v1 = {"k0": 61959, "k1": -v3, "k2": v3 * -2, "k3": len(v1), "k4": 1463616521, "k5": 19}
print(type(v3).__name__)
print(sys.getsizeof(v3))
print(gc.is_tracked(v1))
v1 = {i: i * i for i in range(8)}
v1[1] = 24279
v6 = [1577744409, v3 + 1169981858, 38310, 215, v3 * 2, v3 % 2, v3 // -4, len(v1), -56572]
print(v1.get(3), list(v1.keys())[:3])
r7 = f1()
print(r7)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm8 = "b"
tm8 = [tm8 for _ in range(11)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc9 = []
i = 0
while i < 20:
    if i % 5 == 0:
        acc9.append(i)
    i += 1
print(len(acc9), acc9[-3:])
class MA2:
    def __init__(self, **kw):
        print('init MA2', sorted(kw))
        self.a = kw.get('a', 6)
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
        self.mb2 = 50
        super().__init__(**kw)
    def who(self):
        return 'MB2>' + super().who()
class MC2(MA2):
    def __init__(self, **kw):
        print('init MC2')
        self.mc2 = 52
        super().__init__(**kw)
    def who(self):
        return 'MC2>' + super().who()
class MD2(Mix2, MB2, MC2):
    pass
print([k.__name__ for k in MD2.__mro__])
del r2
class MA3:
    def __init__(self, **kw):
        print('init MA3', sorted(kw))
        self.a = kw.get('a', 3)
    def who(self):
        return 'MA3'
class MB3(MA3):
    def __init__(self, **kw):
        print('init MB3')
        self.mb3 = 24
        super().__init__(**kw)
    def who(self):
        return 'MB3>' + super().who()
class MC3(MA3):
    def __init__(self, **kw):
        print('init MC3')
        self.mc3 = 92
        super().__init__(**kw)
class MD3(MC3, MB3, object):
    pass
print([k.__name__ for k in MD3.__mro__])
del tm8
v10 = 49
v11 = "-".join(str(e) for e in v6)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = {55: 165220154, 156: 9124, 41: v3 * 0, 268: len(v1), 53: -v10, 136: 56}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(v1)
v6.reverse()
v13 = v3 / 7
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = acc9[:]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
mi15 = MD2(a=5, z=2)
print(sorted(vars(mi15)), mi15.__dict__ == vars(mi15))
print(repr(mi15))
v1["k6"] = v11.split()
print(acc9)
acc9 = tm14 + [v10 % 10]
print(len(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = v11.split()
tm16 = [tm16 for _ in range(28)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm16
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
class MA4:
    def __init__(self, **kw):
        print('init MA4', sorted(kw))
        self.a = kw.get('a', 8)
    def who(self):
        return 'MA4'
class MB4(MA4):
    def __init__(self, **kw):
        print('init MB4')
        self.mb4 = 8
        super().__init__(**kw)
    def who(self):
        return 'MB4>' + super().who()
class MC4(MA4):
    def __init__(self, **kw):
        print('init MC4')
        self.mc4 = 48
        super().__init__(**kw)
    def who(self):
        return 'MC4>' + super().who()
class MD4(MB4, MC4):
    pass
print([k.__name__ for k in MD4.__mro__])
v1 = {173: v10 // 3, 40: v10 % 10, 156: 103559383, 259: v10 // 3, 58: -42642, 110: v10 % 5}
class MA5:
    def __init__(self, **kw):
        print('init MA5', sorted(kw))
        self.a = kw.get('a', 4)
    def who(self):
        return 'MA5'
class MB5(MA5):
    def __init__(self, **kw):
        print('init MB5')
        self.mb5 = 1
        super().__init__(**kw)
class MC5(MA5):
    kind = "xxxx"
    def __init__(self, **kw):
        print('init MC5')
        self.mc5 = 78
        super().__init__(**kw)
class MD5(MC5, MB5, object):
    pass
print([k.__name__ for k in MD5.__mro__])
v17 = f"<{v13}>"
acc18 = []
i = 0
while i < 16:
    if i % 5 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
print(sys.getsizeof(v1))
print(gc.is_tracked(v13))
v3 = v3 // 1
acc19 = []
i = 0
while i < 8:
    if i % 4 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
print(sys.getsizeof(acc18))
acc20 = []
for i in range(0):
    acc20.append((i, i))
print(len(acc20), acc20[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {276: v10 + 17129, 207: len(acc9), 228: v10 % 10}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v13))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = tm14 + [v10 % 10]
tm22 = [tm22 for _ in range(18)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc23 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc23.append((i, x))
else:
    acc23.append(None)
print(len(acc23), acc23[-3:])
v24 = (115,)
print(gc.is_tracked(acc23))
print(sys.getsizeof(v13))
print(len(gc.get_referents(v6)))
del v6[:1]
acc20 = [v17.lower(), 53, len(acc19), "", -v3]
r25 = f1()
print(r25)
print(gc.collect())
