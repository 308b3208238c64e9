# bytes % args (_PyBytes_FormatEx): %d/%x/%o on an exact int without width,
# precision or sign go straight into the bytes writer (base 10 through
# long_to_decimal_string's scratch int); otherwise formatlong makes a str
# (PyNumber_ToBase), a zero-filled bytes for a precision and a new str;
# %e/%f/%g go through PyOS_double_to_string's PyMem buffer, plus a bytes
# copy unless on the fast path; %r/%a through ascii()'s str (and, for
# non-ASCII text, its bytes).  The text, tracemalloc's peak and the blocks
# the next objects take match python3.
import tracemalloc


class Idx:
    def __index__(self):
        return 300


class Flt:
    def __float__(self):
        return 2.25


class Both:
    def __float__(self):
        return 1.5

    def __int__(self):
        return 7


a = 12345678901234567890123456789012345678901234567890
cases = [
    (b'%d', 12345), (b'%d', -12345), (b'%d', a), (b'%d', -a), (b'%i', 0), (b'%u', 7),
    (b'%x', 255), (b'%x', -255), (b'%x', a), (b'%#x', 255), (b'%#x', -a), (b'%X', 255),
    (b'%#X', -255), (b'%o', 8), (b'%#o', -8), (b'%5d', 42), (b'%-5d|', 42), (b'%05d', -42),
    (b'%+d', 5), (b'% d', 5), (b'%.5d', 42), (b'%.5x', 255), (b'%#.5x', 255), (b'%#.5o', -8),
    (b'%10.7X', a), (b'%d', True), (b'%x', False), (b'%d', 3.75), (b'%d', -2.5e20),
    (b'%x', Idx()), (b'%d', Both()), (b'%f', 1.5), (b'%f', -0.0), (b'%e', 12345.678),
    (b'%g', 1e-5), (b'%g', 1e20), (b'%G', 1e20), (b'%E', 3.0), (b'%F', 2.5), (b'%.0f', 2.5),
    (b'%.0f', 0.4), (b'%#.0f', 3.0), (b'%.3e', 1.0), (b'%10.3f', 3.14159), (b'%-10.3f|', 3.14159),
    (b'%010.2f', -3.14159), (b'%+f', 1.0), (b'% f', 1.0), (b'%f', 3), (b'%f', a), (b'%e', -a),
    (b'%g', Flt()), (b'%f', float('inf')), (b'%f', float('nan')), (b'%5f', float('-inf')),
    (b'%.20f', 0.1), (b'%.30e', 1 / 3), (b'%#g', 1.0), (b'%g', 100000.0), (b'%g', 1000000.0),
    (b'%r', 'x'), (b'%a', 'é'), (b'%5r', 'x'), (b'%.2r', 'xyz'),
    (b'%d %x %f %r', (1, 2, 3.0, b'q')), (b'%(k)d', {b'k': 5}), (b'%c', 65), (b'%5c', b'Z'),
]
for fmt, arg in cases:
    print(fmt, fmt % arg)
tracemalloc.start()
for fmt, arg in cases:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = fmt % arg
    c1, p1 = tracemalloc.get_traced_memory()
    print(fmt, c1 - c0, p1 - c0)
    del r
tracemalloc.stop()
u = b'%d' % a
old = id(u)
del u
w = b'%d %x' % (a, a)
x = b'%d' % a
print(id(x) == old)
for f, a in [(b'%f', 'x'), (b'%d', 'x'), (b'%x', 1.5), (b'%f', 10**400), (b'%d', b'1'), (b'%c', 300), (b'%e', None), (b'%g', [1])]:
    try:
        print(f % a)
    except Exception as e:
        print(type(e).__name__, e)
