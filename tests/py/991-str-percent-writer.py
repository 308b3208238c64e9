# str % args through PyUnicode_Format's _PyUnicodeWriter: a str buffer of
# the length needed (a quarter more while overallocating, at least the
# format's length + 100), grown by realloc or remade wider for a wider
# character, cut to its length at the end; %d/%x/%s of an exact int and
# %f without width written straight into it; formatlong's and formatfloat's
# strs otherwise; a last piece written whole into an empty writer is the
# result itself.  tracemalloc's peak, the result's identity and the blocks
# the next objects take match python3.
import tracemalloc

a = 12345678901234567890123456789012345678901234567890
s = 'spam'
u = 'h\xe9llo'
e = '\u20ac' * 3
long_s = 'x' * 300
cases = [
    ('%d', 5), ('%d', a), ('%5d', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 7), ('%.3d', 7),
    ('%x', 255), ('%#x', 255), ('%X', 255), ('%#o', 8), ('%s', s), ('%s', 5), ('%r', 5),
    ('%s', a), ('%10s', s), ('%-10s|', s), ('%.2s', s), ('%r', s), ('%a', u), ('%s', u),
    ('%s', e), ('%s and %s', (s, e)), ('%s-%s-%s', (u, e, s)), ('%c', 65), ('%c', 0x20ac),
    ('%3c', 'z'), ('%f', 1.5), ('%.2f', 2.5), ('%10.3f', 3.14159), ('%e', 1e100), ('%g', 0.1),
    ('%f', 3), ('%s', long_s), ('%s|%s', (long_s, long_s)), ('%d items: %s', (3, long_s)),
    ('[%s]', long_s), ('%s' * 5, (1, 2, 3, 4, 5)), ('%%', ()), ('100%% %s', s),
    ('%(x)s %(y)d', {'x': s, 'y': 3}), ('no directives', ()), ('x', ()), ('%s', ''),
    ('%s', 'q'), ('%s%s', ('', 'q')), ('%d', True), ('%s', None),
    ('%-8.3f|%+5d|%5s', (2.0, 3, 'ab')), ('%s\u20ac', s), ('\u20ac%s', s), ('%s\U0001f600', s),
]
for fmt, arg in cases:
    print(repr(fmt % arg))
r = '%s' % s
print(r is s, ('%s' % (u,)) is u, ('%s!' % s) is s, ('no directives' % ()) == 'no directives')
tracemalloc.start()
for fmt, arg in cases:
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = fmt % arg
    c1, p1 = tracemalloc.get_traced_memory()
    print(repr(fmt), c1 - c0, p1 - c0)
    del r
tracemalloc.stop()
for fmt, arg in [('%c', 0x110000), ('%c', 'ab'), ('%c', 1.5), ('%d', 'x'), ('%f', 'x'), ('%s %s', 1),
                 ('%s', (1, 2)), ('%x', 1.5), ('%d', 10 ** 5000)]:
    try:
        print(fmt % arg)
    except Exception as err:
        print(type(err).__name__, err)
