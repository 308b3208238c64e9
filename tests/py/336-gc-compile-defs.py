# gc.get_count() at the first statement after many defs: CPython's
# compiler allocates and frees dicts, lists and key tuples on the way.
import gc
def f0(a, b):
    return a + b
def f1(a, b=2):
    c = a * b
    return c - 1
def f2(*args, **kw):
    return len(args) + len(kw)
def f3():
    pass
def f4(x):
    if x:
        return 'yes'
    return 'no'
def f5(x, y, z):
    return (x, y, z)
def f6(s):
    return s.upper()
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())
