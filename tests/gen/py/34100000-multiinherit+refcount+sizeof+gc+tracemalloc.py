# gen.py 34100000 --features multiinherit,refcount,sizeof,gc,tracemalloc,core --stmts 60
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = tuple(acc)
    return acc
v1 = 100.0
print(gc.is_tracked(v1))
v2 = f"<{v1}>"
print(len(v2))
r3 = f1(-53045)
print(r3)
print(len(v2))
class MA1:
    def __init__(self, **kw):
        print('init MA1', sorted(kw))
        self.a = kw.get('a', 4)
    def who(self):
        return 'MA1'
class Mix1:
    def __init__(self, **kw):
        print('init Mix1')
        super().__init__(**kw)
    def __repr__(self):
        return type(self).__name__ + '(' + str(sorted(vars(self).items())) + ')'
class MB1(MA1):
    def __init__(self, **kw):
        print('init MB1')
        self.mb1 = 36
        super().__init__(**kw)
    def who(self):
        return 'MB1>' + super().who()
class MC1(MA1):
    def __init__(self, **kw):
        print('init MC1')
        self.mc1 = 75
        super().__init__(**kw)
    def who(self):
        return 'MC1>' + super().who()
class MD1(Mix1, MB1, MC1):
    def __init__(self, **kw):
        kw.setdefault('a', 9)
        super().__init__(**kw)
        print('init MD1', self.a)
print([k.__name__ for k in MD1.__mro__])
print(type(v1).__name__)
v4 = "  pad  "
v5 = {i: i * i for i in range(10)}
if 2 in v5:
    del v5[2]
v6 = "a-b-c"
print(v1)
v7 = (134, "a", 1e10)
v8 = 139
v5 = {}
v9 = [254080987]
print(v1)
if v9:
    v9[0] = v4[3:2]
print(MA1.__base__.__name__, MA1.__mro__[1].__name__, len(MA1.mro()))
v10 = ()
acc11 = []
for i, x in enumerate("abcdef"):
    if i > 4:
        break
    acc11.append((i, x))
else:
    acc11.append(None)
print(len(acc11), acc11[-3:])
r12 = f1(-v8)
print(r12)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = acc11 * 1
tm13 = [tm13 for _ in range(16)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getsizeof(v7))
v14 = ()
print(v5.pop(11, None))
tm13.extend(range(9))
print(type(v10).__name__)
print(type(v2).__name__)
acc11.append(-86752)
print(v5.pop("k3", None))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = tuple(v9)
tm15 = [tm15 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm15
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v6))
v5.update({3: 3})
print(sys.getsizeof(v5))
acc16 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc16.append(i)
    i += 1
print(len(acc16), acc16[-3:])
v2 = ""
del MA1, MB1, MC1, MD1, Mix1
print(gc.collect())
v17 = tuple(tm13)
r18 = f1(v8 // 3)
print(r18)
v8 = 6
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = dict(k0=1237232681, k1=-v8, k2=-v8, k3=v8 * 3, k4=241)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc20 = []
for i, x in enumerate(range(5, 12)):
    if i > 3:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
v7 = (f"<{v1}>", v8 + 1260983312)
print(sys.getsizeof(v2))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = v6 * 4
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc11.insert(-2, 186)
class MA2:
    def __init__(self, **kw):
        print('init MA2', sorted(kw))
        self.a = kw.get('a', 2)
    def who(self):
        return 'MA2'
class MB2(MA2):
    kind = ""
    def __init__(self, **kw):
        print('init MB2')
        self.mb2 = 78
        super().__init__(**kw)
class MC2(MA2):
    kind = "b"
    def __init__(self, **kw):
        print('init MC2')
        self.mc2 = 92
        super().__init__(**kw)
    def who(self):
        return 'MC2>' + super().who()
class MD2(MB2, MC2):
    pass
print([k.__name__ for k in MD2.__mro__])
v5 = {137: len(v17), 128: v8 + 61728, -12: 1181279267, 274: 82, 215: len(v5), 241: v8 + 139, 83: v8 % 2}
print(sys.getsizeof(acc11))
print(len(acc20))
r22 = f1(940047532)
print(r22)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = (v8 * 2,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm23
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v24 = (repr(acc16), 585.31, len(acc16), 1.5, 1573615498, "-".join(str(e) for e in v17))
r25 = f1(len(v2))
print(r25)
print(v1)
v26 = dict(k0=v8 // 3)
if v9:
    v9[0] = "  pad  "
if tm13:
    tm13[0] = "-".join(str(e) for e in v10)
print(gc.collect())
