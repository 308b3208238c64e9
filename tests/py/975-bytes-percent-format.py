# bytes % args (printf-style bytes formatting, _PyBytes_FormatEx): %s and
# %b take bytes, %r and %a give ascii(), %c an int below 256 or one byte,
# numbers as for str, %(key)s looks a bytes key up; CPython's errors.
b = b'abc'
print(b'%s|%b|%r|%a|%c|%c' % (b, b'xy', b, 'é', 65, b'z'))
print(b'%5s|%-5b|%.2s|%d|%05d|%x|%#X|%o|%.2f|%e|%g|%i|%u' % (b, b, b, 42, -42, 255, 255, 8, 3.14159, 12345.678, 0.5, 7, 8))
print(b'%(k)s and %(n)d' % {b'k': b'v', b'n': 5}, b'100%%' % (), b'plain' % (), b'' % ())
print(b'%s' % b'solo', b'%a' % 1.5, b'%r' % [1, b'x'], b'%c' % 255, b'\xff%s' % b'\x00')
for bad in [(b'%s', 5), (b'%s', 'str'), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'), (b'%c', 1.5), (b'%d', b'x'),
            (b'%s %s', (b,)), (b'%s', (b, b)), (b'%y', (1,)), (b'%(k)s', (1,)), (b'%', ()), (b'%x', 1.5), (b'%(k)s', {'k': 1})]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
r = b'%s-%s' % (b, b)
try:
    '%b' % (1,)
except ValueError as e:
    print(e)
print(r, len(r), type(r), (b'%s' % b) is b)
print(b'%05s|%-05s|%05c|%5c|%-3c|%+s|% 4s|%#5b' % (b'ab', b'ab', b'x', b'y', 65, b'q', b'w', b'e'))
print(b'%05r|%05a' % (b'z', 'z'))
# %s, %b and %c copy bytes straight into the result: no object in between,
# so the result takes the block python3's does.
labels = {}
def lab(o):
    k = id(o)
    if k not in labels:
        labels[k] = len(labels)
    return labels[k]
b = b'abcdefgh' * 2
out = []
for i in range(6):
    x = b'<%s|%c>' % (b, 65 + i)
    y = b * 2
    out.append((lab(x), lab(y)))
print(out)
