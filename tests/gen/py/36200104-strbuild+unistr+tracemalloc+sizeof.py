# gen.py 36200104 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0):
    acc = [p0]
    acc = {str(i): i for i in acc}
    return acc
u1 = "ΣéÅ😀€"
try:
    print(u1 + "ＡZσ")
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v2 = (1e10, "abc123", "café", -2.25, "", "中文")
print(type(v2).__name__)
parts4 = []
for i in range(3):
    parts4.append(f'{i:03d}')
sb3 = ','.join(parts4)
print(repr(sb3))
print(sb3.split(',') == parts4, len(sb3.split(',')))
try:
    us5 = u1.casefold()
    print(us5, sys.getsizeof(us5))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
print(sb3)
print(type(v2).__name__)
print(len(sb3))
del v2
print(sys.getsizeof(sb3))
parts4 = parts4[:]
print(parts4)
v6 = tuple(parts4)
print(len(v6))
v7 = -82602
parts4.insert(-1, v7 * -2)
parts4.append(v7 + 1395683182)
v8 = "€"
r9 = f1(-2465)
print(r9)
v10 = v7 % 5
del v8
v11 = parts4 * 3
del r9
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm12 = v11 * 1
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm12
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
v11.extend(range(7))
v13 = "snake_case"
sb14 = 'z gamma Beta mu-nu gamma'
print(repr(' '.join(sb14.rsplit(None, 1))))
print(sb14.partition(' '), sb14.title().swapcase())
v15 = tuple(parts4)
v16 = 1e10
print(type(sb3).__name__)
del v11[:0]
acc17 = []
for i in range(5):
    acc17.append(i * 1000)
print(len(acc17), acc17[-3:])
print(v13)
v18 = 0.1
del v11[:1]
del v6
v10 = 95
del v15
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm19 = (202,)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
