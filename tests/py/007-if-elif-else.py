# if/elif/else chains, truthiness of many values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for v in [-5, 0, 3, 99]:
    print(v, classify(v))
for v in [0, 1, "", "a", [], [0], {}, {"k": 0}, None, 0.0, -0.0, (), (0,), set(), b""]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if not []:
    print("empty list is falsy")
