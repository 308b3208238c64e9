# Which uses of a str compute (and cache) its hash, so that a later s += t
# cannot grow it in place (unicode_modifiable): dict and set lookups,
# getattr/setattr names; comparisons, 'in' on a list or tuple, methods,
# str(), f-strings and sorting do not.
class O:
    pass
o = O()
d = {'zz': 1}
def run(touch, n=12):
    s = 'q' * 6
    same = []
    for i in range(n):
        touch(s)
        old = id(s)
        s += 'a'
        same.append('T' if id(s) == old else '.')
    return ''.join(same)
print(run(lambda s: d.get(s)))
print(run(lambda s: s in d))
print(run(lambda s: d.pop(s, None)))
print(run(lambda s: s in ('a', 'b')))
print(run(lambda s: s == 'abc'))
print(run(lambda s: getattr(o, s, None)))
print(run(lambda s: hasattr(o, s)))
print(run(lambda s: setattr(o, s, 1)))
print(run(lambda s: {s}))
print(run(lambda s: frozenset([s])))
print(run(lambda s: dict.fromkeys([s])))
print(run(lambda s: s in ['a']))
print(run(lambda s: [s].count('x')))
print(run(lambda s: s.split('q')))
print(run(lambda s: s.encode()))
print(run(lambda s: str(s)))
print(run(lambda s: len(s)))
print(run(lambda s: s < 'r'))
print(run(lambda s: {'k': s}))
print(run(lambda s: dict(a=s)))
print(run(lambda s: sorted([s, 'a'])))
print(run(lambda s: max(s, 'a')))
print(run(lambda s: s in {'x': 1}.keys()))
print(run(lambda s: f'{s}'))
print(run(lambda s: s.upper()))
print(run(lambda s: vars(o).get(s)))
