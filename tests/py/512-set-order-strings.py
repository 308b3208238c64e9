# sets of strings iterate in hash order (PYTHONHASHSEED=0 in the corpus)
print({"apple", "banana", "cherry"})
a = "apple"; b = "banana"; c = "cherry"
print({a, b, c})
print(set("hello world"), sorted(set("hello world")))
print({"x", "y", "z", "w"}, frozenset(["one", "two", "three"]))
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
