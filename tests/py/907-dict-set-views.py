# dict and set methods and views: live views, view set operations,
# setdefault/pop/popitem/update/|=, frozenset mixes, and the errors
# (KeyError, unhashable, changed size during iteration).
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, it, len(k), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, it & {('a', 1)}, k == {'a', 'b', 'c', 'd'}, k.isdisjoint(['x']))
print(d.get('z'), d.get('z', 0), d.setdefault('e', 5), d.setdefault('a', 9), d.pop('e'), d.pop('zz', 'dflt'), d.popitem())
print(d.copy(), dict.fromkeys('ab', 0), dict(zip('xy', (1, 2))), dict(d, z=26))
d.update({'a': 10}, q=7)
d.update([('r', 8)])
print(d, d | {'s': 1}, {**d, 'a': 0})
d |= {'t': 2}
print(sorted(d.items()), list(d)[:3])
s = {3, 1, 2}
t = frozenset([2, 3, 4])
print(s | t, s & t, s - t, s ^ t, t - s, s <= {1, 2, 3, 4}, s < s, s >= {1}, t.union([9]), s.intersection(t, {3}))
s.add(5); s.discard(1); s.update([7, 8], (9,)); s.difference_update({8}); s.symmetric_difference_update({2, 10})
print(sorted(s), s.issubset(range(20)), s.issuperset([3]), frozenset() == set(), {1, 2} == frozenset({1, 2}))
print(s.pop() in {3, 5, 7, 9, 10}, len(s), t.copy() is t, set('hello') == set('olleh'))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
try:
    d[{}] = 1
except TypeError as e:
    print(e)
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print(e)
try:
    ss = {1, 2}
    for x in ss:
        ss.add(x + 10)
except RuntimeError as e:
    print(e)
