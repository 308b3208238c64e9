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
fs4 = [lambda x: x + i for i in range(2)]
print([f(69) for f in fs4])
try:
    print([1, 2, 3][3])
except Exception as e:
    print(type(e).__name__, e)
sb5 = ''.join(chr(ord('a') + (i * 4) % 26) for i in range(0))
print(sb5, sb5.upper().center(10, '*'), sb5.zfill(3))
print(sb5.replace('h', '', 2), sb5.startswith(('a', 'b')), sb5.endswith('a'))
try:
    print(1 // (1 - 1))
except Exception as e:
    print(type(e).__name__, e)
sb6 = "ü"
for i in range(11):
    sb6 += str(i) + ','
print(sb6, len(sb6))
ops7 = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
    'div': lambda a, b: a / b, 'pow': lambda a, b: a ** b}
try:
    print('div', ops7['div'](0, 7))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
try:
    print('mod', ops7['mod'](17, 2))
except (KeyError, ZeroDivisionError) as e:
    print(type(e).__name__, e)
v8 = 1115032213
grid9 = [[i + j for j in range(0)] for i in range(2) if i > 3]
print(grid9)
dc10 = {i: x for i, x in enumerate(sb6) if i % 2}
try:
    print(dc10, len(dc10))
except TypeError as e:
    print('TypeError', e)
print(type(sb6).__name__)
print(' | '.join(str(x) for x in grid9), ' | '.join([repr(x) for x in grid9][::-1]))
print(gc.is_tracked(sb5))
cur11 = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(cur11(9)(1)(6), cur11(1)(2).__name__)
del cur11
print(type(sb6).__name__)
grid9.append(v8 % 10)
print(sb6)
del grid9[:0]
v12 = [70712, 240, v8 % 10, 214, len(sb5), 191]
print(gc.is_tracked(v12))
print(len(gc.get_referents(grid9)))
v13 = {}
print(''.join(str(x) for x in v12), ''.join([repr(x) for x in v12][::-1]))
m14 = list(map(lambda x: x % 3, range(7)))
print(m14)
print(list(map(lambda a, b: a + b, m14, m14[::-1])))
r15 = f1()
print(r15)
try:
    print(undefined_name_8)
except Exception as e:
    print(type(e).__name__, e)
v16 = [[j] * 0 for j in range(2)]
if v16:
    print(v16.pop())
v12.append(v8 + 67044)
v17 = C1(2070022495)
v18 = {186: v8 + 826282770, 6: 15, 121: v8 * 1, 284: 1961949889, 54: v8 // 3}
v19 = {193: len(grid9), 29: 900531483, 154: -v8, 114: -v8}
grid9.append(str(v3))
v20 = (v8 // 3, 1e10, v8 * 7, -v8, str(v8))
print(gc.collect())
