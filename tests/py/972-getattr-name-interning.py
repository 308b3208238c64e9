# setattr (PyObject_SetAttr) interns the attribute name it is given, in
# place when no equal str is interned yet; getattr and hasattr only look
# the name up (hashing it), leaving it as it was.
import sys

class O:
    pass

o = O()
s = ''.join(['ab', 'cd'])
setattr(o, s, 1)
print(sys.intern(''.join(['ab', 'cd'])) is s, list(vars(o))[0] is s)
u = ''.join(['xy', 'zw'])
print(getattr(o, u, None), hasattr(o, u))
print(sys.intern(''.join(['xy', 'zw'])) is u)
w = ''.join(['ab', 'cd'])
print(getattr(o, w), hasattr(o, w), sys.intern(w) is s, w is s)
m = ''.join(['mm', 'mw'])
setattr(o, m, 2)
delattr(o, m)
print(sys.intern(''.join(['mm', 'mw'])) is m)
n = ''.join(['__', 'nn'])
setattr(O, n, 5)
print(sys.intern(''.join(['__', 'nn'])) is n, getattr(O, n), getattr(o, ''.join(['__', 'nn'])))
k = ''.join(['kk', 'kw'])
vars(o)[k] = 3
print(getattr(o, k), sys.intern(''.join(['kk', 'kw'])) is k)
q = ''.join(['qq', 'qw'])
def grow(n):
    t = q[:2] * 3
    out = []
    for i in range(n):
        hasattr(o, t)
        old = id(t)
        t += 'z'
        out.append(id(t) == old)
    return out
print(grow(12))
