# dict.fromkeys through the class and through an instance
d = dict.fromkeys(["a", "b"])
print(d, dict.fromkeys("xy", 0), {}.fromkeys((1, 2), []))
print(dict.fromkeys(range(3), None) == {0: None, 1: None, 2: None})
print(type(dict.fromkeys).__name__)
e = dict.fromkeys([1, 1, 2])
print(e, len(e))
