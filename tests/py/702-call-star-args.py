# f(*xs) and f(**d): CALL_FUNCTION_EX with the argument tuple (a list is
# copied into one, a tuple is used as is) and a fresh keyword dict; inside
# the call the tuple, the unpacked keyword array and the frame each hold a
# reference
import sys, gc
gc.collect()
def h(a, b):
    return sys.getrefcount(a)
o = object()
xs = [o, 1]
tx = (o, 1)
print(h(o, 1), h(*xs), h(*tx), h(o, b=1))
print(h(**{'a': o, 'b': 1}), h(o, **{'b': 1}), h(*[o], **{'b': 1}))
print(sys.getrefcount(o))
def f(*args, **kw):
    return args, kw
print(f(*range(3)), f(*'ab', *[1], 2, *(), k=1, **{'j': 2}, m=3))
print(f(*tx)[0] is tx)
d = {'p': 1}
r = f(**d)[1]
print(r, r is d, r == d)
print(f(1, *[2, 3], 4))
print(max(*[3, 9, 2]), print(*'xyz', sep='-'), sorted(*[[3, 1, 2]], reverse=True))
class C:
    def __init__(self, *a, **k):
        self.a = a
        self.k = k
    def m(self, *a, **k):
        return len(a), sorted(k)
c = C(*[1, 2], **{'z': 0})
print(c.a, c.k, c.m(*xs, w=1), c.m(**{'q': 1, 'r': 2}))
print(dict(**{'a': 1}, b=2), list(*[(1, 2)]))
gen = (i * i for i in range(4))
print(f(*gen))
