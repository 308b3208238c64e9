# dict, set and list methods with odd arguments and their errors; min/max
# defaults; chained comparisons; chr/ord limits.
d = {'a': 1}
print(d.get('b'), d.get('b', 2), d.setdefault('c', []), d.pop('x', None), d.popitem(), d)
try:
    d.pop('zz')
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(a=1, **{'b': 2}), dict([('x', 1)], y=2))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
s = {1, 2, 3}
s.discard(5)
try:
    s.remove(5)
except KeyError as e:
    print(repr(e))
print(s.pop(), s, {1, 2} ^ {2, 3}, {1, 2}.isdisjoint([3]), {1}.issubset([1, 2]), set('abc') - set('b'))
try:
    set().pop()
except KeyError as e:
    print(e)
l = [3, 1, 2]
print(l.index(1), l.count(5), sorted(l, reverse=True), l.sort(key=lambda x: -x), l)
try:
    l.index(9)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].pop(5)
except IndexError as e:
    print(e)
try:
    l.remove(9)
except ValueError as e:
    print(e)
l.insert(-100, 'a'); l.insert(100, 'z'); print(l)
print(list(zip([1, 2], 'ab', (True, False, None))), list(enumerate('ab', 5)), list(reversed(range(3))))
print(min([], default=0), max('ab', 'c'), max([1, 3, 2], key=lambda x: -x), sum([[1], [2]], []))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
print(1 < 2 < 3, 1 < 3 < 2, (1 == 1) == 1, 1 == 1.0 == True, 'a' in 'abc' in 'xabcx', None is None is not False)
print(abs(-0.0), abs(-5), pow(2, 10), pow(2.0, 0.5), hex(-255), hex(0), chr(0x1F600) == '\U0001F600', ord('€'))
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
print(isinstance(True, int), isinstance(1, (str, float)), type(None).__name__, repr(type), bool([]), bool('0'))
