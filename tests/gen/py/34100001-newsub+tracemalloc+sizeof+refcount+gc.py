# gen.py 34100001 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
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
class TupleSub1(tuple):
    def __new__(cls, v, note=None):
        self = super().__new__(cls, v)
        return self
    def __repr__(self):
        return 'TupleSub1(' + tuple.__repr__(self) + ')'
print(TupleSub1.__mro__, TupleSub1.__base__ is tuple)
v4 = v4[:]
print(sys.getsizeof(v1))
v5 = 100.0
print(gc.is_tracked(v4))
print(sys.getsizeof(v3))
print(sys.getsizeof(v2))
del v2
v4.insert(0, 1669947142)
print(type(v5).__name__)
try:
    ns6 = TupleSub1(())
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns6 = TupleSub1((9,))
print(ns6 == (), tuple(ns6) is ns6, bool(ns6), hash(ns6) == hash(tuple(ns6)))
del ns6
v1 = "  pad  "
v4.insert(-1, 606600868)
v7 = 186
acc8 = []
for i, x in enumerate([3, 1, 2]):
    if i > 5:
        break
    acc8.append((i, x))
else:
    acc8.append(None)
print(len(acc8), acc8[-3:])
v7 = v7 // 1
acc8.append(f"<{v7}>")
try:
    ns9 = TupleSub1([3, 'x', None])
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns9 = TupleSub1((9,))
try:
    ns9.extra = [ns9]
    print(vars(ns9) if hasattr(ns9, '__dict__') else None)
except AttributeError as e:
    print('AttributeError', e)
v10 = float(v7)
print(sys.getsizeof(v3))
class Single2:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('new', cls.__name__)
        return cls._inst
    def __init__(self, *args):
        self.args = args
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = list(range(10))
tm11 = [tm11 for _ in range(32)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm11
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v10).__name__)
try:
    ns12 = TupleSub1((1, 2))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns12 = TupleSub1((9,))
print(ns12 == (1, 2), tuple(ns12) is ns12, bool(ns12), hash(ns12) == hash(tuple(ns12)))
v3 = tuple(v4)
v10 = float(v7)
if acc8:
    acc8[0] = "spam eggs"
v13 = (str(v10), "abc123", 0.1, 125, v7 + 229)
acc8.extend(range(5))
v14 = len(v3)
print(len(v4))
v4.reverse()
if v4:
    print(v4.pop())
v15 = str(v5)
if acc8:
    acc8[0] = "-".join(str(e) for e in v4)
print(type(v7).__name__)
try:
    ns16 = TupleSub1((1,))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns16 = TupleSub1((9,))
ns_c0, ns_p0 = tracemalloc.get_traced_memory()
nt17 = [TupleSub1(tuple(ns16)) for _ in range(2)]
ns_c1, ns_p1 = tracemalloc.get_traced_memory()
print('tm', ns_c1 - ns_c0, ns_p1 - ns_p0)
del nt17
ns_c2, ns_p2 = tracemalloc.get_traced_memory()
print('tm del', ns_c2 - ns_c1)
acc18 = []
i = 0
while i < 3:
    if i % 4 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
v4.insert(3, v7 // -4)
acc8.extend(range(8))
v19 = v7 / 2
del v3
r20 = f1(34845, len(v4))
print(r20)
v1 = v1[1:8]
v21 = {i: i * i for i in range(10)}
acc18.reverse()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = acc8 * 2
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v23 = v5 * 2.5e-3
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm24 = {127: 18, 5: 1211865584, 19: -38564, 161: v14 // 1}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(v19)
print(v21.get("k2"), list(v21.keys())[:3])
print(gc.collect())
