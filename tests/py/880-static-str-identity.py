# CPython 3.11's static strings (_Py_ID, _Py_STR) are not the interned
# copy of their text: repr(True) and the list IndexError message.
import sys

t = repr(True)
lit = 'True'
print(t == lit, t is lit, sys.intern(t) is t)
f = repr(False)
print(sys.intern(f) is f, sys.getrefcount(f) > 10**8)
try:
    [][1]
except IndexError as e:
    m = e.args[0]
print(m is sys.intern('list index out of range'))
try:
    [].pop() if False else [1][5]
except IndexError as e:
    print(e.args[0] is m)
s = ''.join(['list index ', 'out of range'])
print(sys.intern(m) is m, sys.intern(s) is m)
print(sys.intern(''.join(['Tr', 'ue'])) is t)
