# bytearray's operators: + (a new bytearray; bytes + bytearray is bytes),
# += in place (the same object), * and *= (itself for 1), comparisons
# with bytes and bytearray, `in` with an int or bytes, iteration by its
# own iterator type, hash (unhashable), bool, len, repr and str.
import sys

a = bytearray(b'abc')
b = a + b'def'
print(b, type(b).__name__, a + bytearray(b'!'), b'xy' + a, type(b'xy' + a).__name__)
x = a
a += b'123'
print(a is x, a, sys.getsizeof(a))
a += bytearray(b'456')
print(a, sys.getsizeof(a))
print(a * 2, 3 * bytearray(b'ab'), a * 0, sys.getsizeof(a * 0), a * -1)
y = a
a *= 1
print(a is y, sys.getsizeof(a))
a *= 3
print(a is y, len(a), sys.getsizeof(a))
a *= 0
print(a is y, a, sys.getsizeof(a))
p, q = bytearray(b'abc'), bytearray(b'abd')
print(p == b'abc', p != b'abc', p < q, p <= b'abc', q > p, b'abc' == p, b'abd' > p, p == 'abc', p != 3)
print(p == q, p < b'ab', bytearray() < b'\x00', p == bytearray(b'abc'))
print(98 in p, b'bc' in p, bytearray(b'ca') in p, b'' in p, 0 in p)
it = iter(p)
print(type(it).__name__, next(it), list(it), list(reversed(p)), [c for c in bytearray(b'\x00\xff')])
print(bool(bytearray()), bool(bytearray(1)), len(p), len(bytearray(300)))
print(repr(bytearray(b'it\'s "q"\n\t\\')), str(bytearray(b"'")), f'{p}', '%s' % p)
print(sorted([bytearray(b'b'), bytearray(b'a')]), max(b'z', bytearray(b'y')))
for bad in (lambda: hash(p), lambda: {p: 1}, lambda: p + 'x', lambda: p + 1, lambda: 1 + p,
            lambda: p * 'x', lambda: p * 1.5, lambda: 'x' in p, lambda: 256 in p, lambda: p < 'abc',
            lambda: p - p):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = reversed(bytearray(b'xyz'))
print(type(r).__name__, next(r), list(r))
