# gen.py 36200205 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
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
def f1(p0=9):
    acc = [p0]
    return acc
v1 = 369.68
try:
    print({"a": 1}["b"])
except Exception as e:
    print(type(e).__name__, e)
v2 = dict()
v3 = -44402
o4 = C1(v3 * 7)
o5 = C1(507887443)
o4.other = o5
o5.other = o4
del o4, o5
print(gc.collect())
print(len(v2))
try:
    dc6 = {i % 1: x for i, x in enumerate(range(2)) if i % 2}
except TypeError as e:
    dc6 = 'TypeError: ' + str(e)
try:
    print(dc6, len(dc6))
except TypeError as e:
    print('TypeError', e)
v2["k3"] = "UPPER"
v7 = v1 * 100.0
print(v3)
print(v2.pop(5, None))
sb8 = 'x_y x_y mu-nu z'
print(repr(''.join(w[0] for w in sb8.split() if w)))
print(sb8.partition(' '), sb8.title().swapcase())
try:
    print(int("3.5"))
except Exception as e:
    print(type(e).__name__, e)
del sb8
sb9 = ''
for i in range(1):
    sb9 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 213, i / 4)
print(sb9, end='')
print([ln.split() for ln in sb9.splitlines()])
print(sb9.count('\n'), sb9.rstrip().rfind('\n'), sb9.strip()[:7])
print(v2.pop("k4", None))
r10 = f1(1885307617)
print(r10)
print(type(v1).__name__)
print(v2.pop(2, None))
r11 = f1(v3 // -4)
print(r11)
v12 = {}
fs13 = [lambda x, i=i: x + i for i in range(2)]
print([f(39) for f in fs13])
v14 = (v3 // 2,)
v15 = []
print(gc.collect())
acc16 = []
for i in range(10):
    acc16.append(i)
print(len(acc16), acc16[-3:])
v12 = {"k0": "UPPER", "k1": sb9.title(), "k2": -v3}
v17 = [[j] * 0 for j in range(0)]
acc18 = []
i = 0
while i < 21:
    if i % 2 == 0:
        acc18.append(i)
    i += 1
print(len(acc18), acc18[-3:])
try:
    print([48 // ((x % 3)) for x in range(4)])
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print({k: v for k, v in v12.items() if v != 1}, [k for k in v12][:3])
print(v17)
v19 = (-v3,)
print(gc.is_tracked(v14))
def lf20(a, b):
    return 0
try:
    lf20(a=1, b=2)
except TypeError as e:
    print('TypeError', e)
del lf20
o21 = C1(v3 % 2)
o22 = C1(len(v2))
o21.other = o22
o22.other = o21
del o21, o22
print(gc.collect())
fs23 = [lambda x: x + i for i in range(2)]
print([f(48) for f in fs23])
acc24 = []
for i, x in enumerate("abcdef"):
    if i > 2:
        break
    acc24.append((i, x))
else:
    acc24.append(None)
print(len(acc24), acc24[-3:])
print(gc.collect())
