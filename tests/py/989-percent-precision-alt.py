# printf-style precision on integers and '#' on floats, which a format
# spec cannot express: '%.5d' zero-fills to five digits (after the sign
# and any '0x'), '%#.0f' keeps the point, '%#g' keeps trailing zeros; with
# widths, '0' fill, '-' and '+'/' ' flags, for str and for bytes.
vals = [0, 7, -7, 255, -255, 12345678901234567890, True]
for fmt in ['%.3d', '%.5d', '%8.5d', '%-8.5d|', '%08.5d', '%+.4d', '% .4d', '%.0d', '%.1d',
            '%.3x', '%#.3x', '%#8.4X', '%-#8.4x|', '%#08.4x', '%.4o', '%#.4o', '%+#.4o', '%.2i',
            '%.3u', '%.30d']:
    print(fmt, [fmt % v for v in vals])
    print(fmt, [(fmt.encode() % v) for v in vals[:4]])
fl = [0.0, 1.0, -2.5, 1e20, 1e-7, 123.456, float('inf')]
for fmt in ['%#.0f', '%#f', '%#g', '%#.3g', '%#10.0e', '%#-10.0f|', '%#010.0f', '%+#.0f',
            '%#.0E', '%#G', '%#.1g']:
    print(fmt, [fmt % x for x in fl])
    print(fmt, [(fmt.encode() % x) for x in fl[:4]])
print('%.3d and %#.0f' % (5, 2.0), b'%.3d and %#.0f' % (5, 2.0))
print('%(a).4d|%(b)#.1g' % {'a': 3, 'b': 10.0})
