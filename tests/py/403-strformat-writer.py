# str.format and format_map as 3.11 runs them (unicode_format.h): one
# _PyUnicodeWriter (min_length len(format) + 100, overallocating until the
# format's last piece), exact str/int/float written straight into it (an
# int's digits through long_to_decimal_string's scratch int, a float's
# through PyOS_double_to_string's buffer), anything else through
# PyObject_Format (a bound __format__, a str of the spec), a nested spec
# built by a writer of its own.  Values, `is`, and tracemalloc's current
# and peak match python3.
import tracemalloc

s = 'abc'; a = 12; b = 123456789012345678901234567890; f = 1.5
u = 'h\xe9llo'; w = '\u20ac'; lst = [1, 2, 3]; d = {'k': 'v', 1: 'one'}


class C:
    def __repr__(self):
        return 'C()'

    def __format__(self, spec):
        return 'C' + spec


p = 'plain'
print('{}'.format(s) is s, p.format() is p, '{:3}'.format(s) is s, '{0}{1}'.format(s, '') == s)
tracemalloc.start()
cases = [
    lambda: '{} {}'.format(s, a),
    lambda: '{}'.format(s),
    lambda: 'plain'.format(),
    lambda: '{:>10}'.format(s),
    lambda: '{:.3f}'.format(f),
    lambda: '{:10.3f}|'.format(f),
    lambda: '{0!r} {0!s} {0!a}'.format(u),
    lambda: '{x:{w}}'.format(x=s, w=8),
    lambda: '{0:{1}}'.format(s, '8'),
    lambda: '{:x} {:#b} {:o} {:X}'.format(255, 5, 8, 255),
    lambda: '{:,} {:_}'.format(b, 1234567),
    lambda: '{:c}{:c}'.format(65, 0x20ac),
    lambda: '{:e} {:%} {:g}'.format(12, 0.25, 1e-7),
    lambda: '{} {}'.format(True, None),
    lambda: '{:d} {:>5}'.format(True, False),
    lambda: '{0[1]} {1[k]} {1[1]}'.format(lst, d),
    lambda: '{} {:xy}'.format(C(), C()),
    lambda: '{:+d} {: d} {:05d}'.format(a, a, -a),
    lambda: '{}{}'.format(u, w),
    lambda: '{{}} {{{}}}'.format(a),
    lambda: '{} {}'.format(f, -0.0),
    lambda: '{:.2}'.format(f),
    lambda: 'x{}'.format(b),
    lambda: '{:>{}}'.format(s, 7),
    lambda: '{k}'.format_map({'k': 5}),
    lambda: '{k}'.format(k=5),
    lambda: '{}'.format(8),
    lambda: '{:10}'.format(u + w),
    lambda: '{:x<300}'.format(s),
    lambda: '{:}|{!s:}'.format(a, f),
]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, r[:40], len(r), c1 - c0, p1 - c0)
for bad in ['{', '}', '{0!}', '{!x}', '{0:{1:{2}}}', '{a', '{0[}', '{0]}', '{0}{}', '{}{0}', '{9}', '{0[x}',
            '{0!rx}', '{:d}']:
    try:
        bad.format('s', 1, 2)
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    '{x}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError', e)
