# f-string and str.format/% format specs: widths, fill and alignment, signs,
# bases, grouping, nested specs, conversions (!r !s !a), self-documenting
# '=', and their errors.
x = 3.14159
n = 42
s = 'abc'
print(f'{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}|{x:%}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:x}|{n:#x}|{n:#o}|{n:#b}|{n:,}|{n*100000:,}|{n:_b}')
print(f'{s!r}|{s!s}|{s:>6}|{s:*^9}|{s:.2}|{s!r:>8}')
w = 8
p = 3
print(f'{x:{w}.{p}f}|{n:{w}}|{s:{"<"}{w}}|')
print(f'{-n:+d}|{n: d}|{-n: d}|{n:=+6d}|{-0.0:.1f}|{1e100:.3g}|{1234.5:g}|{0.00001234:g}')
print(f'{True}|{None!r}|{[1, 2]!s}|{(1,)}|{ {"a": 1} }|{n!a}|{"é"!a}')
print(f'{n:c}|{65:c}|{12.0:n}|{1/3:.20f}')
print(f'{"nested {x}"}|{f"{n:>4}":>8}|{x=}|{n = }|{s=!r}')
print(f'{10**20:e}|{2**64:,d}|{-2**63:x}|{255:08b}|{3.0:.0f}|{2.5:.0f}|{3.5:.0f}')
print('{:>5}|{:<5}|{:^5}'.format('a', 'b', 'c'), '{0}{1}{0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('%s %d %5.2f %-4s| %r %x %o %e %%' % ('s', 5, 2.5, 'ab', 'q', 255, 8, 12345.678))
try:
    print(f'{n:.2s}')
except ValueError as e:
    print(e)
try:
    print(f'{s:d}')
except ValueError as e:
    print(e)
try:
    print('{} {}'.format(1))
except IndexError as e:
    print(e)
