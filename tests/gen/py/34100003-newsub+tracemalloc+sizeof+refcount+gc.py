# gen.py 34100003 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
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
class FloatSub1(float):
    pass
print(FloatSub1.__mro__, FloatSub1.__base__ is float)
try:
    ns12 = FloatSub1(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns12 = FloatSub1(2.5)
print(repr(ns12), str(ns12), type(ns12).__name__, isinstance(ns12, float))
v13 = float(v1)
acc9.reverse()
print(type(v7).__name__)
print(v3)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = repr(acc9)
tm14 = [tm14 for _ in range(20)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm2[:1]
v15 = tuple(tm4)
print(gc.is_tracked(v1))
print(type(v1).__name__)
v16 = (2.5e-3, "line\n", "-".join(str(e) for e in acc10), v13 * 1.5, "a-b-c")
v17 = "a"
print(type(v17).__name__)
try:
    ns18 = FloatSub1(1e+300)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns18 = FloatSub1(2.5)
try:
    ns18.extra = [ns18]
    print(vars(ns18) if hasattr(ns18, '__dict__') else None)
except AttributeError as e:
    print('AttributeError', e)
print(sys.getsizeof(v3))
r19 = f1(len(tm4), len(v16), 96)
print(r19)
v20 = list(range(1))
print(sys.getsizeof(tm14))
del v15
v21 = v17[2:3]
try:
    ns22 = FloatSub1(3.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns22 = FloatSub1(2.5)
ns_c0, ns_p0 = tracemalloc.get_traced_memory()
nt23 = [FloatSub1(float(ns22)) for _ in range(6)]
ns_c1, ns_p1 = tracemalloc.get_traced_memory()
print('tm', ns_c1 - ns_c0, ns_p1 - ns_p0)
del nt23
ns_c2, ns_p2 = tracemalloc.get_traced_memory()
print('tm del', ns_c2 - ns_c1)
print(gc.is_tracked(v21))
print(sys.getrefcount(acc9))
try:
    ns24 = FloatSub1(1e+300)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns24 = FloatSub1(2.5)
print(ns24 == 1e+300, float(ns24) is ns24, bool(ns24), hash(ns24) == hash(float(ns24)))
print(sys.getsizeof(v21))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm25 = [77, len(acc9), v1 * 5, 20335363, -v1]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc10.extend(range(4))
v20.extend(range(0))
v7 = dict()
v26 = {i: i * i for i in range(1)}
tm14.extend(range(5))
try:
    ns27 = FloatSub1(-2.25)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns27 = FloatSub1(2.5)
try:
    ns_r = ns27.as_integer_ratio()
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = str(ns27)
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
v13 = v13 * 2.5e-3
try:
    ns28 = FloatSub1(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns28 = FloatSub1(2.5)
try:
    ns_r = format(ns28, '.2f')
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = round(ns28)
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
print(type(tm2).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm29 = (len(tm4), "abc123", float(v1), v1 + -63680)
tm29 = [tm29 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v17 = "ü"
if tm14:
    print(tm14.pop())
print(gc.collect())
