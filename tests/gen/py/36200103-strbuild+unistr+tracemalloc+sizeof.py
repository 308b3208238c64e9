# gen.py 36200103 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
v1 = 3874
print(v1)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm2 = (-v1, str(v1), 1404993195)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v3 = {4: 177, 91: v1 + 93, 122: 14, 66: -16965, 251: v1 + 190}
u4 = " Σ ŉ😀ŉＡж"
try:
    print(u4.isascii())
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v3.update({6: 6})
print(v3.pop("k0", None))
v5 = [v1 / 3]
print(type(tm2).__name__)
v3 = {151: v1 * 4, 170: v1 % 97, 242: v1 * 2, 278: -1733, 128: -62508, 245: -v1, 33: v1 * 1}
v6 = 3.141592653589793
try:
    print(u4.rsplit("文", 1))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v3))
print(sys.getsizeof(v6))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm7 = {i: i * i for i in range(7)}
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm7
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc8 = []
for i in range(7):
    acc8.append(str(i))
print(len(acc8), acc8[-3:])
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = {"k0": repr(v6), "k1": -46934, "k2": "xxxxxxxxxxxxxx", "k3": "€", "k4": "a", "k5": v1 // 1, "k6": -v1}
tm9 = [tm9 for _ in range(30)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm9
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
acc10 = []
for i in range(21):
    acc10.append(i * 1000)
print(len(acc10), acc10[-3:])
acc11 = []
for i in range(22):
    acc11.append((i, i))
print(len(acc11), acc11[-3:])
print(sys.getsizeof(v1))
try:
    print(u4.capitalize())
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
acc11.insert(-1, 92)
print(sys.getsizeof(v6))
v12 = [6756, -v1]
print(type(acc10).__name__)
acc10.extend(range(2))
v13 = [v6 * 0.0, float(v1)]
try:
    sb14 = '{!r}/{!s}'.format("中文", len(v13))
except (KeyError, IndexError, ValueError) as e:
    sb14 = type(e).__name__ + ': ' + str(e)
print(sb14, len(sb14))
v6 = v6 * 1e10
print(type(v1).__name__)
v15 = 233
v16 = v15 / -8
v1 = 1266058212
print(acc10)
v17 = ()
acc18 = []
for i, x in enumerate(range(5, 12)):
    if i > 2:
        break
    acc18.append((i, x))
else:
    acc18.append(None)
print(len(acc18), acc18[-3:])
try:
    us19 = u4.encode('ascii', 'replace')
    print(us19, sys.getsizeof(us19))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
parts21 = []
for i in range(9):
    parts21.append(f'{i!r:^6}')
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
sb20 = ','.join(parts21)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('join sb20', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(sb20))
print(sb20.split(',') == parts21, len(sb20.split(',')))
u22 = ""
try:
    print(u22[-1])
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
