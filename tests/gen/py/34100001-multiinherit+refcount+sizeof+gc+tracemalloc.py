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
class BMix2:
    def hello(self):
        return 'hi ' + repr(self) + ' ' + type(self).__name__
class BCls2(dict, BMix2):
    pass
mb6 = BCls2({1: 2})
print(mb6.hello(), [k.__name__ for k in BCls2.__mro__], BCls2.__base__.__name__)
print(sys.getsizeof(mb6), mb6 == dict(mb6), isinstance(mb6, BMix2))
mb6.tag = "a"
print(vars(mb6), sys.getrefcount(BCls2))
del v1
print(sys.getsizeof(v5))
mi7 = MD1(x=1)
print(mi7.who(), mi7.a, isinstance(mi7, MB1), isinstance(mi7, (MC1, int)))
v4.insert(-1, 606600868)
v8 = 186
acc9 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc9.append((i, x))
else:
    acc9.append(None)
print(len(acc9), acc9[-3:])
v8 = v8 // 1
acc9.append(str(v8))
print(sys.getsizeof(v5))
print(sys.getsizeof(v3))
print(sys.getsizeof(v5))
del v3
print(len(v4))
print(sys.getrefcount(MA1), sys.getrefcount(MB1), sys.getrefcount(MC1), sys.getrefcount(MD1), sys.getrefcount(Mix1))
del v4[:0]
print(type(acc9).__name__)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm10 = list(range(10))
tm10 = [tm10 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm10
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v5))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = [100.0, "b", len(acc9), repr(v8), 2.5e-3]
tm11 = [tm11 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc12 = []
for i, x in enumerate("abcdef"):
    if i > 3:
        break
    acc12.append((i, x))
else:
    acc12.append(None)
print(len(acc12), acc12[-3:])
v4.extend(range(8))
print(sys.getsizeof(acc9))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = v4 + [v8 % 97]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = {"k0": v8 + 229, "k1": f"<{v8}>", "k2": v8 * -3}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v5).__name__)
v15 = f"<{v5}>"
v15 = f"<{v5}>"
acc9.insert(0, 1227855009)
print(gc.is_tracked(v5))
print(v5)
v16 = "abc123"
acc12 = [v8 / -8, v8 // 1, v8 * 4]
v17 = [i * 6 for i in range(6)]
print(gc.is_tracked(v17))
v16 = v16.swapcase()
print(tm11)
print(v15)
v18 = {i: i * i for i in range(10)}
tm11.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = tm11 * 2
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm19
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v20 = v5 * 2.5e-3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = {127: 18, 5: 1211865584, 19: -38564, 161: v8 // 1}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.collect())
