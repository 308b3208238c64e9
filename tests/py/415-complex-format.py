# complex.__format__ (format_complex_internal): every presentation type, fill,
# alignment, width, sign, grouping, precision, the errors; then what it
# allocates (two PyOS_double_to_string buffers, a str of each part, the result).
vals = [1+2j, 1.5-2j, 3j, -3j, 0j, -0.0+1j, complex(-0.0, -0.0), 1e20+1e-7j, 12345.678+0.5j,
        complex(float('inf'), float('nan')), 2-0j]
specs = ['', 'g', '.2f', '>20', '<20', '^21', '*^21', '+', ' ', '+.3e', 'E', '#g', '.0f', ',.2f',
         '_g', 'n', '.3', '20.1f', 'z.1f', '→^15', '.10g', 'F', 'G']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
    print(f"{v:>12.3f}|{v!r:>14}|{v}")
for bad in ['d', '%', '010', '=10', '0>10', 'x', '.2s', ',n', '10..2', 'ff']:
    try:
        format(1+2j, bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__, e)
import tracemalloc
def peak(fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    cur, pk = tracemalloc.get_traced_memory()
    return cur - before, pk - before
c = 1.5-2.25j
z = 3j
tracemalloc.start()
out = []
for spec in ['', 'g', '.2f', '>30', '.20e', ',.2f', 'n', '+']:
    out.append((spec, peak(lambda: format(c, spec)), peak(lambda: format(z, spec))))
out.append(('f', peak(lambda: f"{c:.3f}")))
out.append(('fmt', peak(lambda: object.__format__(c, '')), peak(lambda: c.__format__('.1f')),
            peak(lambda: c.conjugate())))
tracemalloc.stop()
for o in out: print(*o)
