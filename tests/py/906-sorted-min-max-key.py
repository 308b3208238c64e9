# sorted/min/max with key=, reverse= and default=, stability, and the errors
# of bad calls.
words = ['banana', 'Apple', 'cherry', 'date', 'Elder', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]))
print(min([], default='none'), max((), default=0), min([3], default=9), max([1, 5, 2], key=lambda v: -v))
print(min(3, 1, 2), max(3, 1, 2), min('bca'), max([[1, 2], [1, 3], [0, 9]]), min((2, 'b'), (2, 'a')))
print(sorted({3: 'a', 1: 'b', 2: 'c'}), sorted('hello'), sorted((3, 1, 2), reverse=True), sorted(set([5, 3, 4])))
pairs = [(1, 'b'), (0, 'c'), (1, 'a'), (0, 'a')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs), sorted(pairs, key=lambda p: p[1], reverse=True))
xs = [5, 2, 8, 1]
xs.sort(key=lambda v: v % 3)
print(xs)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
try:
    max(1)
except TypeError as e:
    print(e)
try:
    sorted([3, 1], key=len)
except TypeError as e:
    print(e)
