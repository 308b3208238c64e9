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
try:
    ns_r = str(ns11)
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = [10, 20, 30, 40, 50, 60, 70][ns11 % 7]
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = {i: i * i for i in range(6)}
tm12 = [tm12 for _ in range(37)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(type(v5).__name__)
if "k6" in v6:
    del v6["k6"]
v6.update({11: 1})
if v10:
    v10[0] = v2.capitalize()
del v7
del r3
try:
    ns13 = IntSub1(100000000000000000000)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns13 = IntSub1(5)
print(ns13 == 100000000000000000000, int(ns13) is ns13, bool(ns13), hash(ns13) == hash(int(ns13)))
try:
    ns14 = IntSub1(1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns14 = IntSub1(5)
print(ns14 == 1, int(ns14) is ns14, bool(ns14), hash(ns14) == hash(int(ns14)))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm15 = "-".join(str(e) for e in v8)
tm15 = [tm15 for _ in range(5)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
acc16 = []
for i in range(12):
    acc16.append(str(i))
print(len(acc16), acc16[-3:])
print(gc.is_tracked(v5))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = tm15 * 3
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v18 = v9 / 3
v19 = list(range(4))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = ()
tm20 = [tm20 for _ in range(38)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm20
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
print(len(tm17))
acc21 = []
for i in range(24):
    acc21.append(i)
print(len(acc21), acc21[-3:])
print(sys.getsizeof(v8))
del tm17[:1]
v10.append("line\n")
print(type(v1).__name__)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm22 = repr(v19)
tm22 = [tm22 for _ in range(21)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm22
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v23 = 1003588780
v19.append("-".join(str(e) for e in tm17))
print(gc.is_tracked(v23))
print(gc.collect())
if v19:
    print(v19.pop())
print(type(v23).__name__)
try:
    ns24 = IntSub1(-1099511627776)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns24 = IntSub1(5)
print(repr(ns24), str(ns24), type(ns24).__name__, isinstance(ns24, int))
acc25 = []
i = 0
while i < 18:
    if i % 2 == 0:
        acc25.append(i)
    i += 1
print(len(acc25), acc25[-3:])
try:
    ns26 = IntSub1(256)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns26 = IntSub1(5)
try:
    ns_r = ns26.bit_length()
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns_r = (ns26).to_bytes(16, 'big', signed=True)[-2:]
    print(repr(ns_r)[:60], type(ns_r).__name__)
except (TypeError, ValueError, IndexError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    ns27 = IntSub1(255)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
    ns27 = IntSub1(5)
print(sys.getsizeof(ns27), sys.getsizeof(int(ns27)), hasattr(ns27, '__dict__'))
acc16.append("abc123")
del tm15
print(v10)
tm17.append(1181279267)
print(gc.collect())
