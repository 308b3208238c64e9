# repr(complex) as complex_repr makes it: each part in a
# PyOS_double_to_string buffer (no real part when it is +0.0), then
# PyUnicode_FromFormat("%s%s%sj%s"): its writer (min_length 110,
# overallocating but for the format's last literal) and a str of each
# part; str.format and f-strings with no spec print it the same way.
import tracemalloc

z = 1+2j; w = 2j; q = complex(1.5, -0.25); big = complex(1e300, float('nan'))
print(z, w, q, big, -0j, complex(-0.0, 3), [z, w], '{}|{!r}'.format(q, w), f'{z}')
tracemalloc.start()
cases = [lambda: repr(z), lambda: repr(w), lambda: str(q), lambda: repr(big), lambda: '{}'.format(z),
         lambda: f'{q}', lambda: repr([z, w]), lambda: repr(-0j), lambda: repr(complex(-0.0, 3)),
         lambda: repr(complex(2**60, 1e-7)), lambda: '{0}{0}'.format(q), lambda: format(z)]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, r, c1 - c0, p1 - c0)
