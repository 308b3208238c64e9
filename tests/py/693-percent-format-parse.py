# str % args and bytes % args parse a directive as CPython's
# unicode_format_arg_parse and _PyBytes_FormatEx do: '*' takes the width
# or precision from the arguments (an int, a negative width left-aligns,
# a negative precision is 0), "%%" is only a '%' right after the '%', the
# conversion takes its argument before its character is checked, h/l/L
# are skipped, a %(key) may hold parentheses, widths and precisions have
# limits, bytes take the 'z' flag, and a width past memory is a MemoryError
cases = [
    ("'%*d|' % (5, 3)", lambda: '%*d|' % (5, 3)),
    ("'%*d|' % (-5, 3)", lambda: '%*d|' % (-5, 3)),
    ("'%.*f|' % (2, 3.14159)", lambda: '%.*f|' % (2, 3.14159)),
    ("'%.*f|' % (-2, 3.14159)", lambda: '%.*f|' % (-2, 3.14159)),
    ("'%*.*s|' % (8, 2, 'abcdef')", lambda: '%*.*s|' % (8, 2, 'abcdef')),
    ("'%0*d' % (6, -42)", lambda: '%0*d' % (6, -42)),
    ("'%+*.*e' % (12, 3, 1234.5)", lambda: '%+*.*e' % (12, 3, 1234.5)),
    ("'%*c|' % (4, 'x')", lambda: '%*c|' % (4, 'x')),
    ("'%*s' % (True, 'y')", lambda: '%*s' % (True, 'y')),
    ("'%*s' % ('x', 'y')", lambda: '%*s' % ('x', 'y')),
    ("'%*s' % (5,)", lambda: '%*s' % (5,)),
    ("'%(a)*d' % {'a': 5}", lambda: '%(a)*d' % {'a': 5}),
    ("'%*d' % {'a': 5}", lambda: '%*d' % {'a': 5}),
    ("'%*s' % (2**63, 'y')", lambda: '%*s' % (2**63, 'y')),
    ("'%.*s' % (2**31, 'y')", lambda: '%.*s' % (2**31, 'y')),
    ("'%*s' % (1, 'a', 'b')", lambda: '%*s' % (1, 'a', 'b')),
    ("'%5%' % ()", lambda: '%5%' % ()),
    ("'%5%' % (1,)", lambda: '%5%' % (1,)),
    ("'%y' % ()", lambda: '%y' % ()),
    ("'ab€%é' % (1,)", lambda: 'ab€%é' % (1,)),
    ("'%\\x01' % (1,)", lambda: '%\x01' % (1,)),
    ("'%ld|%hi|%Lf' % (1, 2, 3.5)", lambda: '%ld|%hi|%Lf' % (1, 2, 3.5)),
    ("'%.f|%.e|%.s|' % (2.5, 2.5, 'ab')", lambda: '%.f|%.e|%.s|' % (2.5, 2.5, 'ab')),
    ("'%((a))s' % {'(a)': 1}", lambda: '%((a))s' % {'(a)': 1}),
    ("'%(a)' % {'a': 1}", lambda: '%(a)' % {'a': 1}),
    ("'%(a' % 5", lambda: '%(a' % 5),
    ("'%10000000000000000000d' % 1", lambda: '%10000000000000000000d' % 1),
    ("'%.10000000000d' % 1", lambda: '%.10000000000d' % 1),
    ("'%*d' % (10**15, 1)", lambda: '%*d' % (10**15, 1)),
    ("'%*d' % (10**15, 'x')", lambda: '%*d' % (10**15, 'x')),
    ("b'%*d|' % (5, 3)", lambda: b'%*d|' % (5, 3)),
    ("b'%*b|' % (-5, b'ab')", lambda: b'%*b|' % (-5, b'ab')),
    ("b'%.*f|' % (-1, 2.5)", lambda: b'%.*f|' % (-1, 2.5)),
    ("b'%*s|' % ('a', b'abc')", lambda: b'%*s|' % ('a', b'abc')),
    ("b'%z.2f|%-z#8.0f|' % (-0.001, -0.4)", lambda: b'%z.2f|%-z#8.0f|' % (-0.001, -0.4)),
    ("b'%5%' % ()", lambda: b'%5%' % ()),
    ("b'%y' % (1,)", lambda: b'%y' % (1,)),
    ("b'%\\xe9' % (1,)", lambda: b'%\xe9' % (1,)),
    ("b'%.10000000000d' % 1", lambda: b'%.10000000000d' % 1),
    ("b'%((a))s' % {b'(a)': b'1'}", lambda: b'%((a))s' % {b'(a)': b'1'}),
    ("b'%*s' % (10**15, b'y')", lambda: b'%*s' % (10**15, b'y')),
]
for src, make in cases:
    try:
        print(src, '->', repr(make()))
    except Exception as e:
        print(src, '!!', repr(e))
