# gen.py 34100000 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
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
class IntSub1(int):
    __slots__ = ()
    def __new__(cls, v, note=None):
        if v < 0:
            raise ValueError('negative ' + cls.__name__)
        self = super().__new__(cls, v)
        try:
            self.note = note
        except AttributeError as e:
            print('AttributeError', e)
        return self
    def __init__(self, v, note=None):
        print('init', type(self).__name__, v)
print(IntSub1.__mro__, IntSub1.__base__ is int)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm4 = [i * 8 for i in range(12)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm4
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v1).__name__)
v5 = "  pad  "
v6 = {i: i * i for i in range(10)}
if 2 in v6:
    del v6[2]
v7 = "a-b-c"
print(v1)
v8 = (134, "a", 1e10)
v9 = 139
v6 = {}
v10 = [254080987]
print(v1)
if v10:
    v10[0] = v5[3:2]
try:
    ns11 = IntSub1(255)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns11 = IntSub1(5)
ns_c0, ns_p0 = tracemalloc.get_traced_memory()
nt12 = [IntSub1(int(ns11)) for _ in range(3)]
ns_c1, ns_p1 = tracemalloc.get_traced_memory()
print('tm', ns_c1 - ns_c0, ns_p1 - ns_p0)
del nt12
ns_c2, ns_p2 = tracemalloc.get_traced_memory()
print('tm del', ns_c2 - ns_c1)
v13 = ("café", "a")
print(sys.getsizeof(v2))
print(v6.pop(11, None))
v10.extend(range(9))
print(type(v13).__name__)
print(type(v2).__name__)
v10.append(-86752)
print(v6.pop("k3", None))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = tuple(v10)
tm14 = [tm14 for _ in range(35)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm14
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v7))
v6.update({3: 3})
print(sys.getsizeof(v6))
acc15 = []
i = 0
while i < 4:
    if i % 2 == 0:
        acc15.append(i)
    i += 1
print(len(acc15), acc15[-3:])
v2 = ""
try:
    ns16 = IntSub1(-3)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns16 = IntSub1(5)
try:
    ns16.extra = [ns16]
    print(vars(ns16) if hasattr(ns16, '__dict__') else None)
except AttributeError as e:
    print('AttributeError', e)
del acc15[:1]
v6[11] = list(range(3))
print(type(v13).__name__)
v1 = 2.5e-3
v17 = [[j] * 3 for j in range(5)]
v18 = {-1: 192, 171: v9 // -4, 8: 15339, 81: 1420895404}
try:
    ns19 = IntSub1(256)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns19 = IntSub1(5)
print(sys.getsizeof(ns19), sys.getsizeof(int(ns19)), hasattr(ns19, '__dict__'))
try:
    ns20 = IntSub1(255)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns20 = IntSub1(5)
print(sys.getsizeof(ns20), sys.getsizeof(int(ns20)), hasattr(ns20, '__dict__'))
v10.append("abc123")
print(v9)
v17.append(1181279267)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = v7 * 4
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(gc.is_tracked(v5))
v22 = v9 % 5
v23 = v9 % 10
try:
    ns24 = IntSub1(-1099511627776)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns24 = IntSub1(5)
print(ns24 == -1099511627776, int(ns24) is ns24, bool(ns24), hash(ns24) == hash(int(ns24)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = (v22 * 2,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm25
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v26 = (repr(v22), 585.31, 82230, float(v23), v9 * 4, 0.1)
r27 = f1(len(v2))
print(r27)
print(v23)
try:
    ns28 = IntSub1(-3)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns28 = IntSub1(5)
ns_c0, ns_p0 = tracemalloc.get_traced_memory()
nt29 = [IntSub1(int(ns28)) for _ in range(2)]
ns_c1, ns_p1 = tracemalloc.get_traced_memory()
print('tm', ns_c1 - ns_c0, ns_p1 - ns_p0)
del nt29
ns_c2, ns_p2 = tracemalloc.get_traced_memory()
print('tm del', ns_c2 - ns_c1)
print(sys.getsizeof(v22))
print(gc.collect())
