# str methods: split/rsplit/splitlines/join/strip/partition/replace/find/for
# mat/zfill/center, predicates, and their errors.
s = '  Hello, World  '
print(s.split(), s.split(','), s.split(',', 1), 'a,b,,c'.split(','), 'a b  c'.split(' '), 'abc'.split('b', 0), ''.split(), ''.split(','))
print('a,b,c'.rsplit(',', 1), 'l1\nl2\r\nl3'.splitlines(), 'l1\nl2\n'.splitlines(True), '-'.join(['x', 'y', 'z']), ''.join([]))
print(s.strip(), s.lstrip(), s.rstrip(), 'xxhixx'.strip('x'), '..a..'.lstrip('.'), 'abcba'.strip('ab'))
print('key=value=x'.partition('='), 'kv'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('z'))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('', '-'), 'abc'.upper(), 'ABC'.lower(), 'hello world'.title(), 'hEllo'.capitalize(), 'AbC'.swapcase())
print('abc'.startswith('ab'), 'abc'.endswith(('x', 'c')), 'abcabc'.find('c'), 'abcabc'.rfind('c'), 'abc'.find('z'), 'abcabc'.count('bc'), 'abc'.index('c'))
print('42'.zfill(5), '-42'.zfill(5), 'ab'.center(7, '*'), 'ab'.ljust(5) + '|', 'ab'.rjust(5, '0'), '\tx'.expandtabs(4))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), ' '.isspace(), 'Ab'.istitle(), 'AB'.isupper(), 'ab'.islower(), 'x_1'.isidentifier(), '½'.isnumeric())
print('{0:>{1}}'.format('r', 4), 'a{}b'.format([1]), '{!r}'.format('q'), '{:08.3f}'.format(-3.14159), '{x[0]}'.format(x=[5]))
print('abc' * 2, 'a' in 'cat', 'ab' < 'b', 'é'.encode(), b'x'.decode(), str(b'x'), 'x'.join('abc'), 'a-b'.split('-', maxsplit=1), 'abc'.removeprefix('a'), 'abc'.removesuffix('c'))
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    '-'.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
try:
    'abc'.partition('')
except ValueError as e:
    print(e)
try:
    '{}'.format()
except IndexError as e:
    print(e)
try:
    'x' + 1
except TypeError as e:
    print(e)
try:
    'abc'[5]
except IndexError as e:
    print(e)
