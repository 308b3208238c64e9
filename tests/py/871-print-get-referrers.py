# What keeps a printed str: python3's stdout keeps unflushed pieces in a
# list (two or more pieces) or alone (one piece: then the TextIOWrapper
# itself refers to it, which gc.get_referrers does not show here because
# the str is first written with its line end).
import gc
n = 4
s = 'ab' * n
print(s)
refs = [o for o in gc.get_referrers(s) if o is not globals()]
print([type(o).__name__ for o in refs])
for o in refs:
    print(len(o), o[-2:] if isinstance(o, list) else None, gc.is_tracked(o))
t = 'cd' * n
print(t, s, sep=', ')
refs = [o for o in gc.get_referrers(t) if o is not globals()]
print([type(o).__name__ for o in refs])
for o in refs:
    print(len(o), o.count(s), o.count(t), o[-1] == '\n')
