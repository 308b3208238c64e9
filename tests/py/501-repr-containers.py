# repr of nested containers, empty ones and quotes inside strings
print([[], [[]], [1, [2, [3]]]], ((), ((),), (1,)), {}, {1: {2: {}}})
print(set(), frozenset(), {1}, frozenset({2}), [set(), frozenset()])
print(["it's", 'say "hi"', 'both \' "', "tab\t", "nl\n", "\x00\x7f"])
print({"k": [1, (2, 3)], "e": {}}, [None, True, False, ...])
print(repr("\u00e9\u20ac\U0001F600"), repr("\u200b"), repr("\x85"), ascii("\u00e9") if False else "")
