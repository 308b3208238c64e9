# UNPACK_SEQUENCE's specialized forms meeting ranges, bytes, dicts, generators' send and swaps.
import sys, gc
# unpack specialization edge cases
T = tuple
L = list
S = str
seq = [T((1, 2)), L([3, 4]), S("ab"), (5, 6), [7, 8], "cd", range(2), b"xy", {9: 0, 1: 2}]
r = []
for k in range(4):
    for x in seq:
        a, b = x
        r.append((a, b))
print(r[-9:])
# change the type mid-loop after specialization
vals = [(i, i) for i in range(12)] + [[1, 2]] + ["zz"] + [(3, 4)] * 5
for a, b in vals:
    pass
print(a, b)
# list mutated during unpack
ll = [1, 2]
for i in range(10):
    a, b = ll
print(a, b, sys.getrefcount(ll))
for i in range(10):
    try:
        a, b, c = "ab"
    except ValueError as e:
        m = str(e)
print(m)
for i in range(10):
    try:
        a, b = 5
    except TypeError as e:
        m = str(e)
print(m)
for i in range(10):
    try:
        a, b = None
    except TypeError as e:
        m = str(e)
print(m)
def g():
    for i in range(10):
        x, y = yield i
        print(x, y, end=" ")
gg = g(); next(gg)
for i in range(9):
    gg.send((i, -i) if i % 2 else [i, i] if i % 3 else "ab")
print()
o = [(i, [i, str(i)]) for i in range(10)]
for a, (b, c) in o: pass
print(a, b, c)
for i in range(10):
    a, b = b, a
print(a, b)
for i in range(10):
    a, b, c = c, a, b
print(a, b, c)
for i in range(10):
    *a, b = [1, 2, 3]
    a, *b = (1,)
print(a, b)
t = ("\u20ac", "é")
for i in range(10):
    x, y = "\u20acé"
print(x == t[0], y is t[1], sys.getrefcount(y))
