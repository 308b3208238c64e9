# str methods that give back the str itself when nothing changes (an exact
# str: unicode_result_unchanged, stringlib's "no separator found" paths),
# and those that always make a new one.  splitlines keeps the str whole as
# its only line when no line break ends before its end.
s = 'abcdef' * 2
checks = {
    'strip': s.strip(), 'lstrip': s.lstrip('x'), 'rstrip': s.rstrip('xy'), 'replace': s.replace('z', 'q'),
    'replace0': s.replace('a', 'q', 0), 'slice': s[:], 'slice2': s[0:], 'slice3': s[::1], 'mul1': s * 1,
    'center': s.center(5), 'ljust': s.ljust(12), 'rjust': s.rjust(3), 'zfill': s.zfill(4),
    'join1': ''.join([s]), 'join1b': ','.join([s]), 'str': str(s), 'format': format(s), 'format2': format(s, ''),
    'format3': format(s, '<12'), 'format4': format(s, '.20'), 'format5': format(s, '>13'),
    'expandtabs': s.expandtabs(), 'removeprefix': s.removeprefix('x'), 'removesuffix': s.removesuffix('x'),
    'partition0': s.partition('x')[0], 'rpartition2': s.rpartition('x')[2], 'split0': s.split()[0],
    'splitx': s.split('x')[0], 'rsplit0': s.rsplit(None, 1)[0], 'splitlines': s.splitlines()[0],
    'lower': s.lower(), 'upper': s.upper().lower(), 'casefold': s.casefold(), 'swapcase': s.swapcase(),
    'title': s.title(), 'capitalize': s.capitalize(), 'fstr': f'{s}', 'fstr_s': f'{s!s}',
    'add_empty': s + '', 'empty_add': '' + s, 'mod': '%s' % s, 'tuplecall': tuple([s])[0],
}
print(' '.join(k for k, v in checks.items() if v is s))
print(' '.join(k for k, v in checks.items() if v is not s))
t = 'abc\n'
print(t.splitlines(True)[0] is t, t.splitlines()[0] is t, 'ab\r\n'.splitlines(keepends=True)[0] == 'ab\r\n')
w = 'w' * 5
print(w.split()[0] is w, w.split('x')[0] is w, w.rsplit('x')[0] is w, w.rsplit()[0] is w, w.split('w', 0)[0] is w,
      (' ' + w).split()[0] is w)
u = 'ABC' * 2
print(u.upper() is u, u.lower() is u, u.strip() is u, u[0:6] is u, u[0:5] is u)
e = ''
print(e.strip() is e, e * 5 is e, e.lower() is e, e.join([]) is e, e[:] is e, str() is e, e.replace('', '') is e)
