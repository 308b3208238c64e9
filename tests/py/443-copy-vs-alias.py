# Copy versus alias: slicing, list(), dict.copy(), and nested data.
import sys

orig = [1, [2, 3], "four"]
alias = orig
s = orig[:]
l = list(orig)
c = orig.copy()
print(alias is orig, s is orig, l is orig, c is orig)
print(s[1] is orig[1], l[2] is orig[2])
orig[1].append(99)
orig.append(5)
print(alias, s, l, c)
print(sys.getrefcount(orig[1]))

d = {"a": [1], "b": 2}
dc = d.copy()
dd = dict(d)
dc["a"].append(3)
dc["b"] = 20
print(d, dc, dd, dd["a"] is d["a"])

def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x

nested = {"m": [[1, 2], [3, 4]], "n": {"o": [5]}}
dn = deep(nested)
dn["m"][0][0] = 100
print(nested, dn)
print(nested["m"][1] is dn["m"][1], nested["n"] == dn["n"])

t = (1, 2, 3)
print(t[:] is t, tuple(t) is t, t + () is t)
e = ""
print(e[:] is e, "abc"[:] is "abc", "abc"[0:3] is "abc")
fs = frozenset([1, 2])
print(frozenset(fs) is fs, set(fs) is fs)
x = [0] * 3
y = x * 1
print(y is x, y == x, sys.getsizeof(x), sys.getsizeof(y))
