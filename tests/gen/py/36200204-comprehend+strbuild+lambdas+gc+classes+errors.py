# gen.py 36200204 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
import sys
import gc
class C1:
    kind = "a"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    for i in range(6):
        acc.append(i)
    return acc
sb1 = "  pad  "
for i in range(2):
    sb1 += str(i)
print(sb1, len(sb1))
flt2 = filter(None, list(range(4)))
print(next(flt2, 'none'))
print(list(flt2), type(flt2).__name__)
del flt2
print(type(sb1).__name__)
print(type(sb1).__name__)
v3 = 1.5
lf4 = lambda a, *, k, kk: 0
try:
    lf4(a=1, b=2)
except TypeError as e:
    print('TypeError', e)
del lf4
parts6 = []
for i in range(9):
    parts6.append(f'{i:03d}')
sb5 = ','.join(parts6)
print(repr(sb5))
print(sb5.split(',') == parts6, len(sb5.split(',')))
sb7 = ''.join(chr(ord('a') + (i * 4) % 26) for i in range(0))
print(sb7, sb7.upper().center(10, '*'), sb7.zfill(3))
print(sb7.replace('h', '', 2), sb7.startswith(('a', 'b')), sb7.endswith('a'))
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
sb8 = "ü"
for i in range(11):
    sb8 += str(i) + ','
print(sb8, len(sb8))
ops9 = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
try:
    print('div', ops9['div'](0, 7))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('mod', ops9['mod'](17, 2))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
v10 = 1115032213
grid11 = [[i + j for j in range(0)] for i in range(2) if i > 3]
print(grid11)
try:
    dc12 = {i: x for i, x in enumerate(sb5) if i % 2}
except TypeError as e:
    dc12 = 'TypeError: ' + str(e)
try:
    print(dc12, len(dc12))
except TypeError as e:
    print('TypeError', e)
print(type(grid11).__name__)
print(' | '.join(str(x) for x in parts6), ' | '.join([repr(x) for x in parts6][::-1]))
print(gc.is_tracked(sb8))
lf13 = lambda a, b: 0
try:
    lf13(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError', e)
del lf13
acc14 = []
i = 0
while i < 4:
    if i % 5 == 0:
        acc14.append(i)
    i += 1
print(len(acc14), acc14[-3:])
v15 = 3.141592653589793
v16 = sb8 * 0
cur17 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur17(0)(6)(3), cur17(1)(2).__name__)
del cur17
leak18 = [leak18_i for leak18_i in range(4)]
try:
    print(leak18, leak18_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(4) for b in range(a) if (a + b) % 3 == 0])
print([x if x % 2 else -x for x in range(4)], [[x] * x for x in range(4)])
v3 = v15 * 3.141592653589793
leak19 = [leak19_i for leak19_i in range(5)]
try:
    print(leak19, leak19_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(5) for b in range(a) if (a + b) % 2 == 0])
print([x if x % 2 else -x for x in range(5)], [[x] * x for x in range(1)])
acc14.extend(range(5))
parts6.insert(1, len(v16))
print(len(gc.get_referents(leak19)))
v10 = 1325855839
v20 = (v10 / 3, sb8[0:8], 2.5e-3)
fs21 = [lambda x: x + i for i in range(4)]
print([f(3) for f in fs21])
print(fs21[0].__defaults__, fs21[0].__closure__ is None, fs21[-1].__qualname__)
v22 = 826334589
v23 = C1(2070022495)
v24 = {i: i * i for i in range(9)}
leak25 = [leak25_i for leak25_i in range(2)]
try:
    print(leak25, leak25_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(2) for b in range(a) if (a + b) % 1 == 0])
print([x if x % 2 else -x for x in range(2)], [[x] * x for x in range(6)])
def lf26(a):
    return 0
try:
    lf26(a=1, b=2)
except TypeError as e:
    print('TypeError', e)
del lf26
leak18.append(-v22)
v27 = str(v22)
try:
    print([88 // (x - 1) for x in range(1)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({k: v for k, v in v24.items() if v != 1}, [k for k in v24][:3])
v28 = (v22 % 2, 2.5e-3, len(v20), f"<{v15}>", v22 + 200, v10 * -3)
print(gc.collect())
