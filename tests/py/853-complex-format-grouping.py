# format() of a complex with the thousands separators ',' and '_' (the
# repr-like default type groups too), '#' (a point always), and the spec
# errors parse_internal_render_format_spec words for a complex; with the
# peak of each call.
import tracemalloc

specs = [',', '_', ',.2f', '_.3e', '>30,', '^30_', '+,', ' ,', ',g', ',n', '_n', ',x', '_x', '_b', 'q',
         '010', '0<30', '=20', ',_', '_,', '.', '\u0165', '\u00e9^24,', 'z,.1f', '#,', '#', '30.2,', ',.2%',
         'xx', ',G', '_E', '.2n', '-,', '#.3']
values = [1234567.5+2j, 2j, -0.0+1234567j, 1e20+3e-5j, complex('inf')+1234j, 1234567+1234567j,
          -1234.5-9876543.25j, 0j, 12345678901234567890+0.5j]
tracemalloc.start()
for v in values:
    for s in specs:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        try:
            r = format(v, s)
        except ValueError as e:
            print(repr(s), 'ValueError', e)
            continue
        peak = tracemalloc.get_traced_memory()[1] - before
        print(repr(s), repr(r), peak)
print(f'{1234567.5+2j:,} {-7654321j:_} {1e6+1e6j:,.1f}', '{:_}'.format(1234.5-6789j))
tracemalloc.stop()
