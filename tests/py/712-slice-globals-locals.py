# slice() objects (the one-slot slice cache reuses a freed one's block),
# their attributes and indices(); globals() and locals() of a module and a
# class body
import sys, gc
gc.collect()
s = slice(3)
print(s, s.start, s.stop, s.step, sys.getsizeof(s), gc.is_tracked(s))
t = slice(1, 10, 2)
print(t, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10][t], 'abcdefghijk'[t], t.indices(5))
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))
a = id(slice(1, 2))
b = id(slice(3, 4))
print(a == b)
data = list(range(8))
cut = slice(2, 6)
data[cut] = ['x']
print(data, sys.getrefcount(cut))
for bad in [(), (1, 2, 3, 4)]:
    try:
        slice(*bad)
    except TypeError as e:
        print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(e)
g = globals()
print(g is globals(), g['s'] is s, '__name__' in g, g is locals())
g['made_here'] = 5
print(made_here)
class C:
    x = 1
    names = sorted(locals())
print(C.names)
def f():
    return globals() is g
print(f())
try:
    globals(1)
except TypeError as e:
    print(e)
