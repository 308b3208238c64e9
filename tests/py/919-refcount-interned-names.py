# sys.getrefcount of an interned name: 'x', 'name', 'path' or 'append'
# are CPython's own strs (deep-frozen in the frozen modules' code, or the
# builtins' attribute names), counted with the references the interpreter
# holds to them; a name of the program's own ('zq_local') and a str that
# is not interned count only the program's references.
import sys
x = 'x'
print(sys.getrefcount(x), sys.getrefcount('name'), sys.getrefcount('path'))
print(sys.getrefcount('append'), sys.getrefcount('abc'), sys.getrefcount('__name__'))
zq_local = 'zq_local'
print(sys.getrefcount(zq_local), sys.getrefcount('zq_other'))
s = ''.join(['na', 'me'])
print(sys.getrefcount(s), s == 'name', s is 'name')
t = sys.intern(s)
print(t is 'name', sys.getrefcount(s) == 2, sys.getrefcount(t) > 10 ** 9)
names = ['len', 'print', 'self', 'key', 'value', 'items', 'data', 'result']
print([sys.getrefcount(n) > 10 ** 9 for n in names])
d = {'name': 1, 'zq_key': 2}
print(sys.getrefcount('zq_key'), [sys.getrefcount(k) > 10 ** 9 for k in d])
