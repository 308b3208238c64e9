# gen.py 36200201 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
import sys
import gc
class C1:
    kind = "abc123"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
class C2:
    kind = "café"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1):
    acc = [p0, p1]
    return acc
v1 = {123: 68345}
sb2 = ''
for i in range(3):
    sb2 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 113, i / 7)
print(sb2, end='')
print([ln.split() for ln in sb2.splitlines()])
v3 = (3.141592653589793, 0.1, sb2[1:8], 58067, 0.1, 246)
r4 = f1(1323392343, 45993)
print(r4)
print(len(v3))
v1.update({10: 8})
sb5 = "  pad  "
for i in range(14):
    sb5 += chr(97 + i % 26)
print(sb5, len(sb5))
ops6 = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
try:
    print('add', ops6['add'](16, 2))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('add', ops6['add'](4, 7))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    dc7 = {i % 4: x for i, x in enumerate(v3) if x}
except TypeError as e:
    dc7 = 'TypeError: ' + str(e)
try:
    print(dc7, len(dc7))
except TypeError as e:
    print('TypeError', e)
v1["k5"] = 68475
print(type(v1).__name__)
parts9 = []
for i in range(12):
    parts9.append(f'{i:x}')
sb8 = '; '.join(parts9)
print(repr(sb8))
print(sb8.split('; ') == parts9, len(sb8.split('; ')))
v10 = C1(73196)
v11 = 0.1
print(len(gc.get_referents(parts9)))
sb8 = sb2[1:3]
try:
    print({"a": 1}["zz"])
except Exception as e:
    print(type(e).__name__, e)
print(gc.is_tracked(v1))
print(len(v3))
v12 = 227
print(gc.is_tracked(sb2))
try:
    print([6 // ((x % 3)) for x in range(0)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({k: v for k, v in v1.items() if v == 0}, [k for k in v1][:3])
o13 = C2(v12 + 249)
o14 = C2(v12 // 3)
o13.other = o14
o14.other = o13
r15 = f1(-v12, v12 + -49704)
print(r15)
sb16 = ''.join(chr(ord('a') + (i * 7) % 26) for i in range(2))
print(sb16, sb16.upper().center(10, '*'), sb16.zfill(6))
print(sb16.replace('h', '', 2), sb16.startswith(('a', 'b')), sb16.endswith('a'))
try:
    print(min(sb5, key=lambda x: str(x), default=-1))
except TypeError as e:
    print('TypeError', e)
sb17 = "  pad  "
for i in range(9):
    sb17 += '\u00e9'
print(sb17, len(sb17))
sb18 = ''
print(repr(' '.join(w.capitalize() for w in sb18.split())))
print(sb18.partition(' '), sb18.title().swapcase())
v19 = [[j] * 0 for j in range(4)]
acc20 = []
i = 0
while i < 9:
    if i % 3 == 0:
        acc20.append(i)
    i += 1
print(len(acc20), acc20[-3:])
print(type(o14).__name__)
del ops6
v11 = float(v12)
v21 = [111, 12960, v12 * 0, v12 % 97, len(sb2), 50155, -v12, -v12]
print(type(sb8).__name__)
sc22 = {x % 3 for x in range(20) if x % 3}
print(sorted(sc22), len(sc22))
o23 = C2(147)
o24 = C2(len(parts9))
o23.other = o24
o24.other = o23
del o23, o24
print(gc.collect())
v25 = [111, v12 + 248, 567765964, v12 * 4, v12 % 5, -v12]
o26 = C2(len(sb16))
o27 = C2(v12 + 1925518763)
o26.other = o27
o27.other = o26
lf28 = lambda a, b: 0
try:
    lf28(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
del lf28
print(gc.collect())
