# all and any with short-circuiting over generators
print(all([]), any([]), all([1, 1]), any([0, 0, 1]), all([1, 0]), any(""))
def check(v):
    print("check", v)
    return v > 2
print(any(check(v) for v in [1, 5, 7]))
print(all(check(v) for v in [3, 4, 1, 9]))
print(all(x % 2 == 0 for x in range(0, 10, 2)), any(c.isupper() for c in "abcD"))
