# Unpacking with stars, nested comprehensions, and a sweep of builtins:
# enumerate/zip/any/all/sum, abs/divmod/pow/round,
# hex/oct/bin/chr/ord/repr/ascii, int/float parsing, bool and str of
# numbers, ranges, list methods, and/or values, true and floor division,
# dunder calls.
import sys
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = 'hello'
print(first, rest)
print([i * j for i in range(3) for j in range(i) if j], {k: v for k, v in zip('abc', range(3))}, {n % 3 for n in range(10)})
print(list(enumerate('ab', 5)), list(zip('ab', 'xyz')), list(zip()), any([]), all([]), any(x > 2 for x in range(4)))
print(sum([1, 2, 3], 10), sum([[1], [2]], []), sum((0.1,) * 10), round(sum((0.1,) * 10), 10))
print(abs(-3), abs(-2.5), abs(True), divmod(-7, 2), pow(2, 10), round(1.23456, 3), round(-0.5), round(1e16 + 1.5))
print(hex(-255), oct(64), bin(-5), chr(9731), ord('€'), repr('\x00\t\n\'"'), repr("it's"), ascii('ü'))
print(int('101', 2), int('z', 36), int(' -0b101 ', 0), float('  -1.5e3 '), float('inf'), float('-nan'), int(True))
print(bool([]), bool([0]), bool(''), bool('0'), bool(0.0), bool(None), str(1.0), str(1e16), str(1.5e-7), str(123456789012345678.0))
print(isinstance(True, int), isinstance(1, (str, float)), type(1) is int, type(True).__name__)
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)), 49 in range(0, 100, 7), range(3) == range(0, 3), list(reversed(range(4))))
print(tuple('ab') + ('c',), [1, 2] * 2, [0] * 0, (1,) * 3, 'ab' * -1, [[]] * 2)
print(sorted([3, 1, 2]).index(2), [1, 2, 1].count(1), 'x'.join(map(str, [1, 2])), list(filter(None, [0, 1, '', 'a'])))
L = [1, 2, 3]
L.insert(0, 0); L.insert(100, 9); L.insert(-1, 8); L.extend('ab'); L.remove(2); p = L.pop(); q = L.pop(0)
print(L, p, q, L.index(8), L.copy() == L, L[::-1])
L.reverse(); L.clear()
print(L, [] == [], [1] < [1, 0], (1, 2) == (1, 2.0), 1 == 1.0 == True)
print(1 if [] else 2, [] or 'default', 0 and 1, None or 0 or '', 5 and 6)
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 2 ** -1, 7.0 // 2, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 / 3)
print(3 .__add__(4), (2).__mul__(5), 'a'.__len__(), [1].__contains__(1))
print(max(range(5), key=lambda v: (v % 3, v)), min('b', 'a', 'c'), divmod(2**65, 3), 17 .bit_length())
print(f'{"x":>3}{1:3}', '%5s|%-5s|%05.1f' % ('a', 'b', 3.14159), '%c%c' % (72, 'i'), '%(a)s' % {'a': 1})
