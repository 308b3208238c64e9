# gen.py 36200200 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
import sys
import gc
class C1:
    kind = "line\n"
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
    def __repr__(self):
        return "C1(" + repr(self.a) + ")"
class C2:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1():
    acc = []
    return acc
r1 = f1()
print(r1)
fs2 = [lambda x, i=i: x + i for i in range(4)]
print([f(81) for f in fs2])
acc3 = []
for i in range(13):
    acc3.append(i * 1000)
print(len(acc3), acc3[-3:])
acc4 = []
for i, x in enumerate(range(5, 12)):
    if i > 4:
        break
    acc4.append((i, x))
else:
    acc4.append(None)
print(len(acc4), acc4[-3:])
del acc4[:0]
print(gc.is_tracked(acc4))
v5 = C1(88492)
o6 = C2(-64330)
o7 = C2(1983948170)
o6.other = o7
o7.other = o6
acc3.append(-31653)
print(gc.is_tracked(v5))
r8 = f1()
print(r8)
del acc3[:3]
print(gc.is_tracked(acc3))
sb9 = ''.join(chr(ord('a') + (i * 1) % 26) for i in range(4))
print(sb9, sb9.upper().center(18, '*'), sb9.zfill(11))
print(sb9.replace('a', '', -1), sb9.startswith(('a', 'b')), sb9.endswith('a'))
del acc4[:3]
print(gc.is_tracked(acc4))
del acc3[:3]
v10 = (-2.25, sb9 + "a", 0.1, 0.1)
v11 = 141
print(gc.is_tracked(v5))
v12 = 0.0
print(v12)
try:
    print(sorted([-4, 2.5, [0], [0]], key=lambda x: x))
except (TypeError, ZeroDivisionError, AttributeError, KeyError) as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except Exception as e:
    print(type(e).__name__, e)
del acc4[:3]
v13 = C2(206)
leak14 = [leak14_i for leak14_i in range(6)]
try:
    print(leak14, leak14_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(6) for b in range(a) if (a + b) % 3 == 0])
print([x if x % 2 else -x for x in range(6)], [[x] * x for x in range(1)])
try:
    print([78 // (x - 4) for x in range(2)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
leak15 = [leak15_i for leak15_i in range(2)]
try:
    print(leak15, leak15_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(2) for b in range(a) if (a + b) % 1 == 0])
print([x if x % 2 else -x for x in range(2)], [[x] * x for x in range(5)])
del leak14
print(type(v11).__name__)
sb16 = "café"
for i in range(8):
    sb16 += chr(97 + i % 26)
print(sb16, len(sb16))
v17 = []
del v5
sb18 = ''
for i in range(3):
    sb18 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 329, i / 2)
print(sb18, end='')
print([ln.split() for ln in sb18.splitlines()])
print(sb18.count('\n'), sb18.rstrip().rfind('\n'), sb18.strip()[:4])
r19 = f1()
print(r19)
if v17:
    v17[0] = repr(acc4)
print(gc.collect())
