# gen.py 34100002 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
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
class FloatSub1(float):
    def __new__(cls, v, note=None):
        if v < 0:
            raise ValueError('negative ' + cls.__name__)
        self = super().__new__(cls, v)
        return self
print(FloatSub1.__mro__, FloatSub1.__base__ is float)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = {36: 4, 300: v2 + 84, 222: len(v6)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del v7
try:
    ns14 = FloatSub1(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns14 = FloatSub1(2.5)
try:
    print(type(ns14 * 0.5).__name__, type(0.5 * ns14).__name__, ns14 * 0.5)
except (ZeroDivisionError, OverflowError) as e:
    print(type(e).__name__)
print(type(-ns14).__name__, type(abs(ns14)).__name__, ns14 == float(ns14))
class StrSub2(str):
    pass
print(StrSub2.__mro__, StrSub2.__base__ is str)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = [[j] * 3 for j in range(0)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(tm13.get("k0"), list(tm13.keys())[:3])
print(type(v2).__name__)
print(sys.getsizeof(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = {36: 44, 289: len(v6), -1: v2 * -2, 206: 9586, 199: 140}
tm16 = [tm16 for _ in range(16)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = "中文"
tm17 = [tm17 for _ in range(5)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm17
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
tm10.extend(range(6))
print(gc.is_tracked(v1))
v18 = {36: 57}
print(sys.getsizeof(v5))
try:
    ns19 = FloatSub1(-2.25)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns19 = FloatSub1(2.5)
try:
    print(type(ns19 / 0.5).__name__, type(0.5 / ns19).__name__, ns19 / 0.5)
except (ZeroDivisionError, OverflowError) as e:
    print(type(e).__name__)
print(type(-ns19).__name__, type(abs(ns19)).__name__, ns19 == float(ns19))
r20 = f1(38939)
print(r20)
print(type(tm13).__name__)
print(acc11)
acc21 = []
i = 0
while i < 1:
    if i % 5 == 0:
        acc21.append(i)
    i += 1
print(len(acc21), acc21[-3:])
r22 = f1(v2 % 5)
print(r22)
tm15.reverse()
print(type(v2).__name__)
print(len(gc.get_referents(v6)))
print(gc.is_tracked(v1))
v23 = "spam eggs"
print(sys.getsizeof(v6))
print(tm13.pop("k2", None))
class Single3:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('new', cls.__name__)
        return cls._inst
print(gc.collect())
