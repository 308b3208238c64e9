# format() and f-string specs through the types' own __format__: a
# bound method, a writer that never overallocates (a str or a float's
# ASCII text taken whole), PyOS_double_to_string's PyMem buffer alive
# while the text is copied (the cause of format(1.5, '.3f')'s 7 bytes),
# a float's unicode_tmp on the slow path (width, sign, grouping), an
# int's scratch int and _PyLong_Format's str when padded or signed.
import tracemalloc

a = 12; b = -98765432109876543210; f = 1.5; g = -1234.5678; s = 'abc'
tracemalloc.start()
cases = [
    lambda: format(f, '.3f'),
    lambda: format(f, '10.3f'),
    lambda: format(g, ',.2f'),
    lambda: format(g, '+e'),
    lambda: format(1e300, '%'),
    lambda: format(f, ''),
    lambda: format(f),
    lambda: format(float('inf'), '>8'),
    lambda: format(a, 'd'),
    lambda: format(a, '>6'),
    lambda: format(b, ','),
    lambda: format(b, 'x'),
    lambda: format(b, '#X'),
    lambda: format(a, 'c'),
    lambda: format(300, 'c'),
    lambda: format(a, '.2f'),
    lambda: format(True, ''),
    lambda: format(True, 'd'),
    lambda: format(s, ''),
    lambda: format(s, '.2'),
    lambda: format(s, '^9'),
    lambda: format(None, ''),
    lambda: f'{f:.2f}',
    lambda: f'{a:>4}|{s!r:>8}',
    lambda: f'{g:z.1f} {-0.0:z}',
    lambda: f'{b:_}',
    lambda: f'{[1, 2]!r:>12}',
    lambda: f'{a:{s[0]}>{a}}',
]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, repr(r), c1 - c0, p1 - c0)
print(format(s, '') is s, format(s, '3') is s, f'{s:3}' is s, format(a, '') == str(a))
for bad in [(f, 'd'), (a, '.2d'), (s, '+'), (s, '='), (a, 'z'), (None, 'x'), (a, 'Q')]:
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
