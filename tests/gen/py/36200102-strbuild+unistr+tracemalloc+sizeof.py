# gen.py 36200102 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0=8):
    acc = [p0]
    return acc
v1 = 2.5e-3
v2 = [1e10, 1.5, str(v1), 86]
sb3 = 'eps alpha DELTA'
print(repr(' '.join(w.capitalize() for w in sb3.split())))
print(sb3.partition(' '), sb3.title().swapcase())
u4 = "σ--€é😀ŉ€"
try:
    print(u4.partition("ŉ"))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
if v2:
    v2[0] = "-".join(str(e) for e in v2)
del sb3
print(len(v2))
v5 = 67
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm6 = []
tm6 = [tm6 for _ in range(22)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v7 = {}
r8 = f1(len(v7))
print(r8)
v7 = {i: i * i for i in range(1)}
del tm6[:1]
print(type(v5).__name__)
tm6.insert(2, 4737)
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
try:
    ut9 = [ord(c) for c in u4[:4]]
except (ValueError, UnicodeError, IndexError) as e:
    ut9 = type(e).__name__
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del ut9
sb10 = 'eps'
print(repr('-'.join(sb10.split(' ', 2))))
print(sb10.partition(' '), sb10.title().swapcase())
u11 = "ŉÅé😀Å"
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
try:
    ut12 = u11.startswith("😀")
except (ValueError, UnicodeError, IndexError) as e:
    ut12 = type(e).__name__
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del ut12
v13 = ()
print(v1)
sb14 = 'alpha Beta DELTA Beta Beta x_y alpha'
print(repr(''.join(w[0] for w in sb14.split() if w)))
print(sb14.partition(' '), sb14.title().swapcase())
sb15 = ''
for i in range(3):
    sb15 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 415, i / 4)
print(sb15, end='')
print([ln.split() for ln in sb15.splitlines()])
print(sb15.count('\n'), sb15.rstrip().rfind('\n'), sb15.strip()[:6])
r16 = f1(24)
print(r16)
v17 = ()
parts19 = []
for i in range(7):
    parts19.append('%-4s|' % i)
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
sb18 = ''.join(parts19)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('join sb18', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(sb18))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm20 = tm6 * 1
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
v21 = 657797339
print(parts19)
print(v7.pop("k6", None))
parts19.extend(range(7))
sb22 = 'Beta z z eps eps'
print(repr('-'.join(sb22.split(' ', 2))))
print(sb22.partition(' '), sb22.title().swapcase())
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
sb23 = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
for i in range(8):
    sb23 += '\u20ac' * (i % 2)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('build sb23', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(sb23, len(sb23))
print(sys.getsizeof(sb23))
print(sys.getsizeof(sb10))
v24 = ()
r25 = f1(190)
print(r25)
parts19.insert(-2, v5 + 21)
print(v1)
v21 = v5 + 37742
r26 = f1(v5 // 7)
print(r26)
