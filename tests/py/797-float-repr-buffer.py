# A float's repr is written in a PyMem buffer (PyOS_double_to_string):
# 3 + the digits shown + 5 with an exponent, 5 for inf/nan, alive until the
# str is made, so tracemalloc's peak is the str plus the buffer.
import tracemalloc

vals = [0.0, 1.0, -2.25, 0.1, 1 / 3, 1e20, 1e22, 1e-7, 123456789.125, -1e-300, 2.5e-5,
        float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308, 100.0,
        1e16, 12345678901234567.0, 0.000123, -0.0]
tracemalloc.start()
for f in vals:
    row = []
    for conv in (repr, str, lambda x: f'{x}', lambda x: '{}'.format(x),
                 lambda x: format(x), lambda x: f'{x!r}'):
        tracemalloc.reset_peak()
        cur0 = tracemalloc.get_traced_memory()[0]
        s = conv(f)
        cur, peak = tracemalloc.get_traced_memory()
        row.append(peak - cur0)
        del s
    print(repr(f), row)
print(1.5, [0.25, 1e300], sep='\n')
