# str.find/rfind/index/rindex/count/startswith/endswith with start and end
# (slice-like indices in code points, negative from the end, None for the
# default), and the argument errors of str methods as CPython words them.
s = 'a€b€c€'
print(s.find('€', 2), s.rfind('€', 0, 4), s.index('b', -4), s.rindex('€', None, -1))
print('hello'.count('l', 1, 4), 'aaaa'.count('aa', -3), 'abcabc'.count('', 2, 4), 'abc'.count('', 5))
print('abcabc'.rfind('', 2, 4), 'abc'.find('', 5), 'abc'.find('c', None, None), 'abc'.find('b', True))
print('abcdef'.endswith('cd', 0, -2), 'abc'.startswith('', 3), 'abc'.startswith('', 5))
print('abc'.startswith(('x', 'b'), 1), s.endswith('€', 1, -2), 'a'.endswith(('a', 1)))
print('a\nb\r\nc'.splitlines(keepends=True), 'é'.encode(encoding='utf-8'), 'a,b,c'.split(',', maxsplit=1))
tests = [
    ("'a'.find()", lambda: 'a'.find()),
    ("'a'.find('a', 1, 2, 3)", lambda: 'a'.find('a', 1, 2, 3)),
    ("'a'.count()", lambda: 'a'.count()),
    ("'a'.startswith('a', 1, 2, 3)", lambda: 'a'.startswith('a', 1, 2, 3)),
    ("'a'.find('a', 'x')", lambda: 'a'.find('a', 'x')),
    ("'a'.startswith(1)", lambda: 'a'.startswith(1)),
    ("'a'.count(1)", lambda: 'a'.count(1)),
    ("'a'.find('a', x=1)", lambda: 'a'.find('a', x=1)),
    ("'a'.index('b', 0, 1)", lambda: 'a'.index('b', 0, 1)),
    ("'a'.strip(1, 2)", lambda: 'a'.strip(1, 2)),
    ("'a'.join()", lambda: 'a'.join()),
    ("'a'.replace('a')", lambda: 'a'.replace('a')),
    ("'a'.ljust()", lambda: 'a'.ljust()),
    ("'a'.center(1, ' ', 3)", lambda: 'a'.center(1, ' ', 3)),
    ("'a'.zfill()", lambda: 'a'.zfill()),
    ("'a'.rpartition(1, 2)", lambda: 'a'.rpartition(1, 2)),
    ("'a'.splitlines(1, 2)", lambda: 'a'.splitlines(1, 2)),
    ("'a'.encode(1, 2, 3)", lambda: 'a'.encode(1, 2, 3)),
    ("'a'.join(x=1)", lambda: 'a'.join(x=1)),
    ("'a'.strip(x=1)", lambda: 'a'.strip(x=1)),
    ("'a'.splitlines(x=1)", lambda: 'a'.splitlines(x=1)),
    ("'a'.split(sep=',', maxsplit=1, x=2)", lambda: 'a'.split(sep=',', maxsplit=1, x=2)),
    ("'a'.encode(errors=1)", lambda: 'a'.encode(errors=1)),
    ("'a'.splitlines(1.5)", lambda: 'a'.splitlines(1.5)),
]
for text, f in tests:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(text, '->', type(e).__name__, e)
