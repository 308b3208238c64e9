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
    ns10.extra = [ns10]
    print(vars(ns10) if hasattr(ns10, '__dict__') else None)
except AttributeError as e:
    print('AttributeError', e)
print(gc.collect())
v11 = float(v6)
v6 = -v6
v12 = {}
print(sys.getsizeof(v8))
v13 = 3.141592653589793
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm14 = [-84877, v6 // 1, 166, 888771063, -8185, -v6, 1066970726]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
class FloatSub2(float):
    pass
print(FloatSub2.__mro__, FloatSub2.__base__ is float)
print(len(gc.get_referents(tm1)))
print(v6)
v15 = f"<{v9}>"
tm14.extend(range(1))
try:
    ns16 = FloatSub2(-2.25)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns16 = FloatSub2(2.5)
print(sys.getsizeof(ns16), sys.getsizeof(float(ns16)), hasattr(ns16, '__dict__'))
tm14 = v15.split()
acc17 = []
for i in range(16):
    acc17.append((i, i))
print(len(acc17), acc17[-3:])
v18 = v7.split()
tm14.append(repr(v12))
print(sys.getsizeof(acc17))
print(sys.getsizeof(v15))
v12["k3"] = "tab\t"
v19 = 82471
try:
    ns20 = FloatSub2(1e+300)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns20 = FloatSub2(2.5)
print(ns20 == 1e+300, float(ns20) is ns20, bool(ns20), hash(ns20) == hash(float(ns20)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm21 = [v6 * 1, v19 % 10, 5597, len(v12), len(acc17)]
tm21 = [tm21 for _ in range(4)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm21
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
class Single3:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('new', cls.__name__)
        return cls._inst
    def __init__(self, *args):
        self.args = args
r22 = f1()
print(r22)
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
tm23 = "hello"
tm23 = [tm23 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v12 = {}
try:
    ns24 = FloatSub1(0.0)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns24 = FloatSub1(2.5)
print(repr(ns24), str(ns24), type(ns24).__name__, isinstance(ns24, float))
acc25 = []
for i, x in enumerate(range(5, 12)):
    if i > 0:
        break
    acc25.append((i, x))
else:
    acc25.append(None)
print(len(acc25), acc25[-3:])
del tm23[:3]
sg26 = Single3(1)
sg27 = Single3()
print(sg26 is sg27, getattr(sg26, 'args', None), sys.getrefcount(sg26))
acc28 = []
for i in range(10):
    acc28.append(str(i))
print(len(acc28), acc28[-3:])
tm23.reverse()
v15 = str(v6)
print(sys.getsizeof(acc17))
v12.update({0: 9})
v29 = "-".join(str(e) for e in acc28)
print(gc.collect())
