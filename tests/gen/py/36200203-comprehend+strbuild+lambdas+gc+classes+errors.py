# gen.py 36200203 --features comprehend,strbuild,lambdas,gc,classes,errors,core --stmts 40
import sys
import gc
class C1:
    __slots__ = ("a", "b", "other")
    def __init__(self, a):
        self.a = a
        self.b = [a]
        self.other = None
    def total(self):
        return self.a + len(self.b)
def f1(p0, p1, p2):
    acc = [p0, p1, p2]
    for i in range(0):
        acc.append(i)
    return acc
v1 = 2.5e-3
v2 = C1(77)
try:
    print(int(""))
except Exception as e:
    print(type(e).__name__, e)
v3 = ()
v4 = 1161645224
acc5 = []
for i in range(2):
    acc5.append((i, i))
print(len(acc5), acc5[-3:])
print(gc.collect())
del v1
acc5 = [165, -83086, 81]
print(len(v3))
sb6 = ''
for i in range(3):
    sb6 += '%-6s%5d%8.2f\n' % ('r' + str(i), i * 336, i / 6)
print(sb6, end='')
print([ln.split() for ln in sb6.splitlines()])
print(gc.is_tracked(acc5))
try:
    print(len([x > 9 for x in range(10) if x > 7]))
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
sb7 = "a-b-c"
for i in range(1):
    sb7 += '\u00e9'
print(sb7, len(sb7))
parts9 = []
for i in range(11):
    parts9.append(f'{i:03d}')
sb8 = ''.join(parts9)
print(repr(sb8))
print(len(gc.get_referents(parts9)))
print(sb6)
v10 = tuple(acc5)
sc11 = {x % 5 for x in range(14) if x % 2}
print(sorted(sc11), len(sc11))
ge12 = (x * 4 for x in range(2) if x != 2)
print(next(ge12, 'done'))
print(next(ge12, 'done'))
print(list(ge12), list(ge12))
del ge12
print(type(v2).__name__)
v13 = v4 / -8
try:
    print(max(acc5, key=lambda x: (type(x).__name__, str(x)), default=-1))
except TypeError as e:
    print('TypeError', e)
v14 = C1(len(acc5))
sb15 = "spam eggs"
for i in range(11):
    sb15 += '\u20ac' * (i % 2)
print(sb15, len(sb15))
print(gc.is_tracked(v3))
parts9.reverse()
print(type(sb15).__name__)
fs16 = [lambda x, i=i: x + i for i in range(5)]
print([f(2) for f in fs16])
o17 = C1(-v4)
o18 = C1(v4 + 15723)
o17.other = o18
o18.other = o17
del o17, o18
print(gc.collect())
leak19 = [leak19_i for leak19_i in range(1)]
try:
    print(leak19, leak19_i)
except NameError as e:
    print('NameError', e)
print([(a, b) for a in range(1) for b in range(a) if (a + b) % 3 == 0])
print([x if x % 2 else -x for x in range(1)], [[x] * x for x in range(6)])
acc20 = []
for i, x in enumerate("abcdef"):
    if i > 5:
        break
    acc20.append((i, x))
else:
    acc20.append(None)
print(len(acc20), acc20[-3:])
print(sb15)
print(type(leak19).__name__)
sb21 = 'z eps eps gamma'
print(repr(' '.join(reversed(sb21.split()))))
print(sb21.partition(' '), sb21.title().swapcase())
if acc20:
    acc20[0] = sb21 + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
v13 = v4 / -8
print(gc.is_tracked(v13))
r22 = f1(1567424612, v4 * -1, 55339)
print(r22)
print(gc.collect())
