# str.join of anything but a list or tuple goes through PySequence_Fast:
# the iterable's iterator is made first and lives while a list is built
# from it (a dict's key iterator, a set's iterator); the 'n' presentation
# type reads the C locale (get_locale_info: a one-byte PyMem copy of its
# empty grouping, held while the field is written, no separators; its
# decoding of "." and "" through two short raw wchar_t buffers is not
# modelled: a second 'n' field after a first can peak 8 bytes apart).
import tracemalloc

d = {'a': 1, 'b': 2}; s = 'hello world'; st = {'x'}
print(' '.join(d), ' '.join(d.values() if False else d.keys()), '-'.join(st), '{:n}'.format(1234567))
print(format(1234567.891, 'n'), format(-12, '>8n'), f'{2**70:n}', format(0.1, '.3n'))
tracemalloc.start()
cases = [
    lambda: ' '.join(d), lambda: ' '.join(d.keys()), lambda: ' '.join(d.items() and d),
    lambda: ' '.join(st), lambda: ' '.join(s), lambda: ' '.join(iter(['a', 'b'])),
    lambda: ' '.join(map(str, [1, 2, 3])), lambda: ''.join(x for x in 'abc'), lambda: ','.join({}),
    lambda: '{:n}'.format(1234567), lambda: format(1234567.891, 'n'), lambda: format(-12, '>8n'),
    lambda: f'{2**70:n}', lambda: format(0.1, '.3n'), lambda: '{:n}'.format(5),
]
for i, case in enumerate(cases):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = case()
    c1, p1 = tracemalloc.get_traced_memory()
    print(i, r, c1 - c0, p1 - c0)
for bad in [5, None, [1, 'a']]:
    try:
        ' '.join(bad)
    except TypeError as e:
        print(e)
