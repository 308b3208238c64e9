# gen.py 34100005 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
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
class StrSub1(str):
    __slots__ = ()
    def __repr__(self):
        return 'StrSub1(' + str.__repr__(self) + ')'
print(StrSub1.__mro__, StrSub1.__base__ is str)
print(sys.getsizeof(v4))
if 1 in v1:
    del v1[1]
del v4
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm5 = {"k0": "中文", "k1": 215}
tm5 = [tm5 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm5 = []
print(gc.collect())
try:
    ns6 = StrSub1("abc123")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns6 = StrSub1('s')
print(sys.getsizeof(ns6), sys.getsizeof(str(ns6)), hasattr(ns6, '__dict__'))
print(sys.getsizeof(v1))
v3 = 249
acc7 = []
for i, x in enumerate("abcdef"):
    if i > 0:
        break
    acc7.append((i, x))
else:
    acc7.append(None)
print(len(acc7), acc7[-3:])
v1 = {i: i * i for i in range(8)}
tm5.append(20147)
del ns6
print(type(v3).__name__)
acc8 = []
for i in range(8):
    acc8.append(i * 1000)
print(len(acc8), acc8[-3:])
print(sys.getsizeof(acc8))
if acc8:
    print(acc8.pop())
print(len(gc.get_referents(v1)))
del tm5
v9 = (v3 % 97, -v3)
v10 = dict(k0=len(v1), k1=-56572, k2=v3 * 3, k3=193)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = "a"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm11
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(sys.getsizeof(v10))
try:
    ns12 = StrSub1("UPPER")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns12 = StrSub1('s')
try:
    print(type(ns12 + '!').__name__, type('!' + ns12).__name__, ns12 + '!')
except (ZeroDivisionError, OverflowError) as e:
    print(type(e).__name__)
print(type(ns12.upper()).__name__, type(ns12[:2]).__name__, type(ns12 * 2).__name__)
v13 = repr(acc8)
del r2
del v13
print(v9)
r14 = f1()
print(r14)
print(type(acc8).__name__)
print(gc.is_tracked(v9))
v3 = 27144037
v15 = {193: v3 % 97, 80: 629989651, 7: -v3}
v16 = ()
class IntSub2(int):
    __slots__ = ()
    def __new__(cls, v, note=None):
        self = super().__new__(cls, v)
        return self
    def __repr__(self):
        return 'IntSub2(' + int.__repr__(self) + ')'
print(IntSub2.__mro__, IntSub2.__base__ is int)
v17 = {}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm18 = ("Hello World", v3 // 3, 0.1, float(v3))
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm18
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v1["k6"] = acc8[:]
print(acc8)
acc8 = [v3 * 2, len(acc8), 192]
acc19 = []
i = 0
while i < 14:
    if i % 4 == 0:
        acc19.append(i)
    i += 1
print(len(acc19), acc19[-3:])
print(sys.getsizeof(v17))
v20 = "hello"
v1[9] = v20.split()
v21 = {88: -v3, 187: 184, 64: v3 // 1, 172: -v3}
print(gc.is_tracked(v17))
print(v10.pop("k2", None))
class Single3:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('new', cls.__name__)
        return cls._inst
v22 = {"k0": 140}
v23 = f"<{v3}>"
acc24 = []
for i in range(9):
    acc24.append((i, i))
print(len(acc24), acc24[-3:])
print(sys.getrefcount(v15))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = acc7 + [v3 + 216]
tm25 = [tm25 for _ in range(23)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(gc.collect())
