# sorted and reversed: stability, key, reverse, on various iterables
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
def second(p):
    return p[1]
print(sorted(data))
print(sorted(data, key=second))
print(sorted(data, key=second, reverse=True))
print(sorted("banana"), sorted({3: "x", 1: "y"}), sorted((5, -1, 3)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), tuple(reversed((1, 2))))
words = ["Banana", "apple", "Cherry"]
def lower(s):
    return s.lower()
print(sorted(words), sorted(words, key=lower), sorted(words, key=len))
l = [3, 1, 2]
s = sorted(l)
print(l, s, s is l)
print(type(reversed([1])).__name__)
