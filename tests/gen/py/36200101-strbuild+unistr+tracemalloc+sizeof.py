# gen.py 36200101 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0, p1=7):
    acc = [p0, p1]
    acc = tuple(acc)
    return acc
u1 = ""
try:
    print(u1 < "文ZＡaİ")
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v2 = "€"
u3 = "é"
try:
    print(u3.split())
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
r4 = f1(1794356973, 90150)
print(r4)
parts6 = []
for i in range(6):
    parts6.append(str(i) * (i % 3))
sb5 = ''.join(parts6)
print(repr(sb5))
print(sys.getsizeof(parts6))
try:
    print(u1[-6:4])
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v7 = {}
v8 = -7961
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm9 = [len(v7), len(sb5), 21820, v8 // 2]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(len(v7))
print(type(v2).__name__)
if parts6:
    parts6[0] = v2[0:2]
del parts6
try:
    print(u3.encode('ascii', 'replace'))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(type(v8).__name__)
v10 = "xxxxxxxxxxxx"
if "k4" in v7:
    del v7["k4"]
print(sb5)
sb11 = ''
for i in range(3):
    sb11 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 161, i / 6)
print(sb11, end='')
print([ln.split() for ln in sb11.splitlines()])
acc12 = []
for i in range(6):
    acc12.append({i: i})
print(len(acc12), acc12[-3:])
print(tm9)
acc12.append("spam eggs")
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm13 = ()
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm13
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
try:
    sb14 = '{name}: {n:>4}'.format(name="€", n=len(v7))
except (KeyError, IndexError, ValueError) as e:
    sb14 = type(e).__name__ + ': ' + str(e)
print(sb14, len(sb14))
r15 = f1(129, len(acc12))
print(r15)
acc12.reverse()
sb16 = ''.join(chr(ord('a') + (i * 6) % 26) for i in range(0))
print(sb16, sb16.upper().center(10, '*'), sb16.zfill(5))
print(sb16.replace('d', '', -1), sb16.startswith(('a', 'b')), sb16.endswith('a'))
print(sys.getsizeof(sb16), sys.getsizeof(sb16 * 2))
print(type(sb14).__name__)
print(len(sb16))
r17 = f1(v8 * 1, v8 % 2)
print(r17)
acc12.extend(range(1))
print(type(sb5).__name__)
print(v10)
v18 = 13769
v19 = {33: -v8}
try:
    print(u3.rsplit("7", 1))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(v19.get("k5"), list(v19.keys())[:3])
print(type(v18).__name__)
tm9 = tm9 * 0
