words = ["pear", "Apple", "fig", "banana", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(min(words, key=len), max(words, key=lambda w: w[-1]), min([], default="none"), max([1], default=0))
print(min(3, 1, 2), max("abc", "abd"), sorted({3: 'a', 1: 'b'}), sorted("cba"))
try:
    min([])
except ValueError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
pairs.sort(key=lambda p: p[0])
print(pairs, list(reversed(pairs)), list(enumerate("ab", 1)), list(zip("abc", range(2))))
print(all([]), any([]), all([1, 0]), any([0, 0, 3]), sum([0.1] * 10), sum([[1], [2]], []))
