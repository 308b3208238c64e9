# gen.py 36200100 --features strbuild,unistr,tracemalloc,sizeof,core --stmts 40
import sys
import gc
def f1(p0, p1):
    acc = [p0, p1]
    for i in range(0):
        acc.append(i)
    return acc
v1 = ""
try:
    sb2 = '{0}-{1}-{0}'.format(name="b", n=-48173)
except (KeyError, IndexError, ValueError) as e:
    sb2 = type(e).__name__ + ': ' + str(e)
print(sb2, len(sb2))
r3 = f1(131, -52251)
print(r3)
v4 = dict()
acc5 = []
i = 0
while i < 6:
    if i % 2 == 0:
        acc5.append(i)
    i += 1
print(len(acc5), acc5[-3:])
try:
    sb6 = '{} has {} items'.format(name="a", n=-27033)
except (KeyError, IndexError, ValueError) as e:
    sb6 = type(e).__name__ + ': ' + str(e)
print(sb6, len(sb6))
v7 = {i: i * i for i in range(12)}
r8 = f1(131, 249)
print(r8)
print(sys.getsizeof(v7))
try:
    sb9 = '{:*^9}|{}'.format(name="Hello World", n=44)
except (KeyError, IndexError, ValueError) as e:
    sb9 = type(e).__name__ + ': ' + str(e)
print(sb9, len(sb9))
print(v4.get(7), list(v4.keys())[:3])
parts11 = []
for i in range(2):
    parts11.append('%-4s|' % i)
sb10 = '\n'.join(parts11)
print(repr(sb10))
print(sb10.split('\n') == parts11, len(sb10.split('\n')))
sb12 = 'eps alpha DELTA alpha'
print(repr(' '.join(sb12.rsplit(None, 1))))
print(sb12.partition(' '), sb12.title().swapcase())
v13 = ()
v13 = (251,)
parts15 = []
for i in range(6):
    parts15.append('{:>5}'.format(i))
sb14 = '; '.join(parts15)
print(repr(sb14))
print(sb14.split('; ') == parts15, len(sb14.split('; ')))
v4[6] = "-".join(str(e) for e in parts15)
import tracemalloc
tracemalloc.start()
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm16 = "snake_case"
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
print(type(parts11).__name__)
acc5.insert(-2, len(parts11))
tm_c0, tm_p0 = tracemalloc.get_traced_memory()
tm17 = "b"
tm17 = [tm17 for _ in range(28)]
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('tm', tm_c1 - tm_c0, tm_p1 - tm_p0)
del tm17
tm_c2, tm_p2 = tracemalloc.get_traced_memory()
print('tm del', tm_c2 - tm_c1, tm_p2 - tm_p1)
parts19 = []
for i in range(10):
    parts19.append('{:>5}'.format(i))
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
sb18 = ','.join(parts19)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('join sb18', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(sb18))
print(sb18.split(',') == parts19, len(sb18.split(',')))
v20 = sb9[0:5]
print(len(sb2))
v21 = [96081, 49, 148, len(sb18), 70, len(sb14)]
print(sb2)
acc22 = []
for i in range(4):
    acc22.append([i])
print(len(acc22), acc22[-3:])
v23 = (23,)
v24 = tuple(parts11)
u25 = ""
try:
    us26 = u25 < ""
    print(us26, sys.getsizeof(us26))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
try:
    print(u25.endswith("İ"))
except (ValueError, UnicodeError, IndexError) as e:
    print(type(e).__name__, e)
v27 = {i: i * i for i in range(6)}
parts29 = []
for i in range(6):
    parts29.append(f'{i:03d}')
tracemalloc.reset_peak()
tm_c0 = tracemalloc.get_traced_memory()[0]
sb28 = '\n'.join(parts29)
tm_c1, tm_p1 = tracemalloc.get_traced_memory()
print('join sb28', tm_c1 - tm_c0, tm_p1 - tm_c0)
print(repr(sb28))
print(sb28.split('\n') == parts29, len(sb28.split('\n')))
parts29.extend(range(6))
print(sys.getsizeof(sb9))
parts29.insert(2, -28085)
print(parts15)
v30 = parts29 + [5755]
print(sb14)
