# global in nested functions, comprehension scopes (a class body's too),
# lambda defaults, and del of names, attributes and items with their errors.
import sys
x = 10
def outer():
    x = 20
    def mid():
        global x
        x = 30
        def inner():
            return x
        return inner()
    r = mid()
    return r, x
print(outer(), x)
print([[i * j for j in range(3)] for i in range(3)], [(i, j) for i in range(3) for j in range(i)])
i = 'outer'
print([i for i in range(3)], i)
print({k: [k for k in 'ab'] for k in 'xy'})
class K:
    v = 5
    w = [v for _ in range(2)] if False else None
    try:
        z = [v for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K.err)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def mk(a, b=[]):
    b.append(a)
    return b
print(mk(1), mk(2), mk(3, []))
h = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
print(h(1), h(1, 3, 5, d=6, z=7))
print((lambda: (yield))().__class__.__name__ if False else 'skip')
def f():
    global gg
    gg = 1
    del gg
    try:
        del gg
    except NameError as e:
        print(e)
f()
class A:
    pass
a = A()
a.q = 1
del a.q
try:
    del a.q
except AttributeError as e:
    print(e)
d = {1: 2}
del d[1]
try:
    del d[1]
except KeyError as e:
    print(repr(e))
l = [1, 2, 3]
del l[0], l[-1]
print(l)
try:
    del l[5]
except IndexError as e:
    print(e)
def loc():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    try:
        del y
    except UnboundLocalError as e:
        print(e)
loc()
try:
    del undefined_name
except NameError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
s = 'abc'
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    del (1).real
except AttributeError as e:
    print(e)
