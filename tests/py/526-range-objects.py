# range: slicing, equality, reversed, repr, membership
r = range(0, 100, 7)
print(r[3:], r[::-2], r[-3:], r[2:4], len(r[::3]))
print(range(0) == range(4, 4), range(1, 10, 3) == range(1, 11, 3), range(5) == range(6))
print(list(reversed(range(3))), 49 in r, 50 in r, r.index(49) if False else r[7])
print(range(-5, 5), range(10, 0, -2), list(range(10, 0, -2)))
