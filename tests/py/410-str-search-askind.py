# Searching a str for a narrower needle widens the needle first
# (unicode_askind: a PyMem buffer of len(needle) x kind bytes, freed once
# the result is built): partition, split, count, find/index and `in`;
# none for one character (findchar) but in count, none when the needle
# cannot occur (wider, or longer).
import tracemalloc
tracemalloc.start()
def m(tag, f):
    tracemalloc.reset_peak()
    c0 = tracemalloc.get_traced_memory()[0]
    r = f()
    c, p = tracemalloc.get_traced_memory()
    print(tag, repr(r)[:50], c - c0, p - c0)
u = 'h\xe9llo W\xf6rld \u20ac and more words here'; a = 'plain ascii text here'; w = 'astral \U0001f600 x y'
m('1', lambda: u.partition(' '))
m('2', lambda: u.rpartition('or'))
m('3', lambda: u.split(' '))
m('4', lambda: u.rsplit('o', 2))
m('5', lambda: u.count('o'))
m('6', lambda: u.count('or'))
m('7', lambda: u.find('or'))
m('8', lambda: u.find('o'))
m('9', lambda: u.index('more'))
m('10', lambda: 'more' in u)
m('11', lambda: 'm' in u)
m('12', lambda: a.find('\u20ac'))
m('13', lambda: a.split('\u20ac'))
m('14', lambda: w.split(' x '))
m('15', lambda: w.count('\xe9'))
m('16', lambda: 'x\xe9' in w)
m('17', lambda: u.partition('\U0001f600'))
m('18', lambda: u.rfind('wor', 3, 20))
m('19', lambda: u.count(''))
m('20', lambda: u.split('zz'))
