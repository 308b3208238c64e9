# sys.getrefcount of None, True, False, small ints and (): python3 counts the whole runtime's
# references, so only differences between two calls are compared (and no print in between:
# the first print changes None's count inside the io machinery)
import sys
base = [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(7), sys.getrefcount(())]
def now():
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(7), sys.getrefcount(())]
deltas = []
x = [None] * 10
deltas.append([a - b for a, b in zip(now(), base)])
y = [True, False, False, 7, 7, 7, (), ()]
deltas.append([a - b for a, b in zip(now(), base)])
def f():
    pass
def g():
    "a docstring, not None, is g's __doc__"
    return 7
deltas.append([a - b for a, b in zip(now(), base)])
d = {7: None, None: True}
t = (None, 7)
deltas.append([a - b for a, b in zip(now(), base)])
del x, y, f, g, d, t
deltas.append([a - b for a, b in zip(now(), base)])
for row in deltas:
    print(row)
