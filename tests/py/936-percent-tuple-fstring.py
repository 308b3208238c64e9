# CPython 3.11's AST optimizer compiles 'fmt' % (a, b), a tuple display of
# non-constant items, as the f-string it means when every directive is %s,
# %r or %a with at most two digits of width and precision: no tuple, no
# PyUnicode_Format; each item is one FORMAT_VALUE (so '%5s' % (s,) is
# format(s, '>5'), s itself when no padding is needed) and the pieces are
# joined into a new str (so '%s%s' % ('', s) is not s).  A constant tuple,
# another directive, a count mismatch or a three-digit width keep the
# run-time formatting.
import sys
import tracemalloc

s = 'abcdef' * 2
print(('%s' % (s,)) is s, ('%5s' % (s,)) is s, ('%-5s' % (s,)) is s, ('%.12s' % (s,)) is s)
print(('%s%s' % ('', s)) is s, ('%s%s' % (s, '')) is s, ('%.9s' % (s,)) is s, ('%20s' % (s,)) is s)
print(('%099s' % (s,)) is s, ('%10s' % (s,)) is s, ('%100s' % (s,)) == ('%100s' % s))
print('[%5s|%-5s|%.2s|%5.1s|%%|%r|%a]' % (s[:2], s[2:4], s, s, s[:3], '\xe9'))
print('%s and %d' % (s[:3], 4), '%(x)s' % {'x': 1})

class Loud:
    def __str__(self):
        return 'loud'
    def __repr__(self):
        return 'LOUD'
    def __format__(self, spec):
        return 'formatted:' + spec

x = Loud()
print('%s|%r|%5s|%-6s|%.2s' % (x, x, x, x, x))
print('%s|%r' % (x, x), '%5s' % x)

def fmt_one(v):
    return '%s' % (v,)

tracemalloc.start()
t = fmt_one(s)
print(tracemalloc.get_traced_memory()[0], t is s)
u = fmt_one(12345)
print(tracemalloc.get_traced_memory()[0])
tracemalloc.stop()

try:
    '%s %s' % (s,)
except TypeError as e:
    print(e)
try:
    '%s' % (s, s)
except TypeError as e:
    print(e)
try:
    '%d' % (s,)
except TypeError as e:
    print(e)
try:
    '%(a)s' % (s,)
except TypeError as e:
    print(e)
try:
    '%5s%' % (s,)
except ValueError as e:
    print(e)

class Bad:
    def __str__(self):
        raise ValueError('no str')

try:
    '<%s>' % (Bad(),)
except ValueError as e:
    print(e)
print(sys.getrefcount(s))
'%s' % (
    Bad(),
)
