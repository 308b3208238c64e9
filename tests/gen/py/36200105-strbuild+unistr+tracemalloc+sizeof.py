# gen.py 36200105 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    return acc
r1 = f1(257831257, 1230574956, 1617107017)
print(r1)
v2 = 129
print(sys.getsizeof(v2))
print(sys.getsizeof(v2))
print(v2)
print(sys.getsizeof(v2))
v3 = [v2 % 97, -18589, 110, 170554881, 118, -v2, v2 * 1, v2 % 10, v2 * -2]
if v3:
    v3[0] = f"<{v2}>"
print(type(v2).__name__)
if v3:
    print(v3.pop())
u4 = "İéaжaéüéééＡσ🐍"
try:
    print(u4.count("Z"))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(len(v3))
try:
    sb5 = '{name}: {n:>4}'.format(name="hello", n=len(v3))
except (KeyError, IndexError, ValueError) as e:
    sb5 = type(e).__name__ + ': ' + str(e)
print(sb5, len(sb5))
print(type(v2).__name__)
v3.extend(range(8))
try:
    print(u4.upper())
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v6 = v3[:]
print(len(v3))
print(v6)
sb7 = 'Beta x_y x_y z'
print(repr('_'.join(sb7.lower().split())))
print(sb7.partition(' '), sb7.title().swapcase())
acc8 = []
i = 0
while i < 14:
    if i % 2 == 0:
        acc8.append(i)
    i += 1
print(len(acc8), acc8[-3:])
v9 = 1.5
del v3[:2]
v10 = v2 % 5
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm11 = acc8 * 3
tm11 = [tm11 for _ in range(6)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm11
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v12 = {"k0": 97, "k1": v10 + 335713379, "k2": sb7[2:8], "k3": v10 % 10, "k4": sb5 * 0}
v13 = sb7[3:8]
print(v10)
v3.extend(range(8))
del r1
try:
    print(u4.swapcase())
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(sys.getsizeof(v12))
print(len(acc8))
v3.append("-".join(str(e) for e in v6))
r14 = f1(len(v6), -v10, 1481352986)
print(r14)
v15 = [i * 7 for i in range(12)]
print(type(v2).__name__)
try:
    sb16 = '{!r}/{!s}'.format(name="中文", n=-v2)
except (KeyError, IndexError, ValueError) as e:
    sb16 = type(e).__name__ + ': ' + str(e)
print(sb16, len(sb16))
v10 = 70495
try:
    print(u4.replace("Ａ", "Σ- ß Ａẞσ"))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
