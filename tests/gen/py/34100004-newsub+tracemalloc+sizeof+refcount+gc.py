# gen.py 34100004 --features newsub,tracemalloc,sizeof,refcount,gc,core --stmts 60
import sys
import gc
def f1():
    acc = []
    acc = {str(i): i for i in acc}
    return acc
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm1 = (-7980,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v2 = {241: -38695, 142: 95, 284: 857877816, 280: 90, 191: 1555634339, 65: 207}
v2[1] = "b"
class FloatSub1(float):
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
print(FloatSub1.__mro__, FloatSub1.__base__ is float)
try:
    ns3 = FloatSub1(-2.25)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns3 = FloatSub1(2.5)
try:
    ns3.extra = [ns3]
    print(vars(ns3) if hasattr(ns3, '__dict__') else None)
except AttributeError as e:
    print('AttributeError', e)
print(sys.getsizeof(tm1))
print(len(v2))
del v2
print(gc.collect())
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm4 = (0.0, 120, 317952237, "a")
tm4 = [tm4 for _ in range(3)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm4
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
r5 = f1()
print(r5)
v6 = 107
v7 = "中文"
v8 = "abc123"
v6 = 58
print(tm1)
v9 = float(v6)
try:
    ns10 = FloatSub1(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns10 = FloatSub1(2.5)
try:
    ns_r = ns10.as_integer_ratio()
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = divmod(ns10, 2)
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
class IntSub2(int):
    def __new__(cls, v, note=None):
        if v < 0:
            raise ValueError('negative ' + cls.__name__)
        self = super().__new__(cls, v)
        try:
            self.note = note
        except AttributeError as e:
            print('AttributeError', e)
        return self
print(IntSub2.__mro__, IntSub2.__base__ is int)
v11 = v6 // 3
del r5
v12 = list(range(2))
v12 = v12[:]
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = ["-".join(str(e) for e in v12), v6 / 3, f"<{v9}>", 100.0, "-".join(str(e) for e in v12)]
tm13 = [tm13 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
class FloatSub3(float):
    pass
print(FloatSub3.__mro__, FloatSub3.__base__ is float)
print(len(gc.get_referents(tm1)))
print(v6)
v14 = f"<{v6}>"
tm13.extend(range(1))
try:
    ns15 = FloatSub3(1e+300)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns15 = FloatSub3(2.5)
try:
    ns_r = round(ns15)
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = ns15.as_integer_ratio()
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
tm13 = v14.split()
acc16 = []
for i in range(16):
    acc16.append((i, i))
print(len(acc16), acc16[-3:])
v17 = v7.split()
tm13.append(repr(v12))
print(sys.getsizeof(v17))
print(sys.getsizeof(acc16))
v12.reverse()
v18 = [v9 * 3.141592653589793, v9 * 2.5e-3, float(v11), "  pad  ", v11 / 2, v7 * 2]
print(sys.getsizeof(v8))
v12.extend(range(3))
try:
    ns19 = FloatSub3(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns19 = FloatSub3(2.5)
print(repr(ns19), str(ns19), type(ns19).__name__, isinstance(ns19, float))
tm13.reverse()
print(gc.is_tracked(v11))
print(len(gc.get_referents(acc16)))
print(tm13)
class FloatSub4(float):
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
print(FloatSub4.__mro__, FloatSub4.__base__ is float)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = "  pad  "
tm20 = [tm20 for _ in range(24)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v21 = {i: i * i for i in range(5)}
v22 = {150: v6 * -2, 41: v11 + -62595, 17: 1593769651, 88: v11 * -2, 206: 848}
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm23 = f"<{v6}>"
tm23 = [tm23 for _ in range(4)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(sys.getsizeof(v11))
if tm13:
    tm13[0] = v7 + "b"
print(len(v21))
v22.update({2: 0})
print(gc.collect())
