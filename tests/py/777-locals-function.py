# locals() in a function: the frame's f_locals dict, made once and kept
# (and refilled) for the frame's life; its memory and reference effects
import gc
import sys
def f(a, b=2):
    c = [a]
    def g():
        return c
    gc.disable()
    n0 = gc.get_count()
    d = locals()
    n1 = gc.get_count()
    print(sorted(d), n1[0] - n0[0], sys.getrefcount(c), gc.is_tracked(d))
    e = 5
    d2 = locals()
    print(d is d2, sorted(d2), sys.getrefcount(d), d2['e'], d2['c'] is c)
    del e
    print(sorted(locals()), 'e' in d)
    d['zz'] = 1
    print(sorted(locals()), len(d))
    return d
r = f(1)
print(sorted(r), sys.getrefcount(r))
def h():
    x = 1
    return locals()
print(h())
def k(n):
    big = [n] * 3
    m = locals()
    return sys.getrefcount(big)
print(k(4))
def outer():
    v = 'free'
    def inner():
        w = v
        return locals()
    return inner()
print(outer())
def gen():
    x = 1
    yield sorted(locals())
    y = 2
    yield sorted(locals())
print(list(gen()))
class K:
    y = 2
    print(sorted(locals()))
print(sorted(locals())[:3])
def empty():
    return locals()
print(empty(), type(empty()))
def t():
    q = object()
    before = sys.getrefcount(q)
    locals()
    return before, sys.getrefcount(q)
print(t())
