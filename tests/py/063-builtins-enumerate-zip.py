# enumerate with start, zip of several iterables of unequal length
for i, c in enumerate("abc"):
    print(i, c, end="; ")
print()
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(10, 13), "xyz")))
names = ["ann", "bob"]
ages = [31, 42]
print(dict(zip(names, ages)))
for (i, n), a in zip(enumerate(names), ages):
    print(i, n, a)
pairs = [(1, "a"), (2, "b")]
print(list(zip([p[0] for p in pairs], [p[1] for p in pairs])))
