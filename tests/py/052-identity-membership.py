# is / is not / in / not in on lists, strings, dicts, sets, ranges
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 5 not in a, "ell" in "hello", "" in "abc", "x" in "abc")
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d, "two" in d)
print(3 in {1, 2, 3}, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 ** 12 in range(10 ** 13))
print([1] in [[1], [2]], (1, 2) in [(1, 2)], None in [0, False, ""])
print([x is None for x in [None, 0]])
