# float.fromhex(string), a class method (float_fromhex): its grammar
# (whitespace, sign, inf and nan, an optional 0x, digits with a point, a
# decimal binary exponent), rounding half to even at the precision and at
# subnormals, its ValueError and OverflowError, a non-ASCII argument's
# UTF-8 cache in the peak, its argument errors and refcounts.
import sys, tracemalloc
for t in ['0x1.8p0', '-0x1.8p+1', '1.8p0', '  0x1p-1074 ', '0x1p-1075', '0x3p-1076', '0x.8', '0', '-0x0p99999999999999999',
          'inf', '-Infinity', 'nan', '+NAN', '0x1.fffffffffffff8p1023', '0x1.ffffffffffffffp1022', 'ff', '0X1P1', '1.',
          '0x1.0000000000000801p0', '\t0x10\n', '1p-99999999999999999999', '0x1.p1', '1_0']:
    try:
        print(repr(t), float.fromhex(t))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for t in ['', ' ', '0x', '0x.', 'p1', '0x1p', '0x1p+', 'x1', '0xg', '1 2', 'infinit', '0x1.8p0z', '−1', 'é', '0x1p1e',
          '0x1p99999999999999999999', '0x1.fffffffffffff8p1023', 'inf x']:
    try:
        print(repr(t), float.fromhex(t))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
for f in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: float.fromhex('1', 2), lambda: (1.0).fromhex('2'),
          lambda: float.fromhex(b'1'), lambda: float.fromhex(s='1')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(float.fromhex((3.7).hex()) == 3.7, float.fromhex.__qualname__, sys.getrefcount(float.fromhex('0x1.5p3')))
tracemalloc.start()
for t in ['0x1.8p0', 'é' * 10, '0x1p9999', 'ab' * 30]:
    tracemalloc.reset_peak()
    try:
        r = float.fromhex(t)
    except Exception as e:
        print(e)
    print(tracemalloc.get_traced_memory())
