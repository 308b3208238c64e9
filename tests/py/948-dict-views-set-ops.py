d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it)
print(k & {"a", "z"}, k | {"q"}, k - {"a"}, k ^ {"a", "q"}, it & {("a", 1)})
print(d.get("x"), d.get("x", 0), d.setdefault("e", 5), d.pop("a"), d.pop("zz", None), d.popitem(), d)
d2 = dict.fromkeys("xyz", 0); d2.update({"x": 1}, y=2); print(d2, d | {"new": 1}, {**d, "b": 9})
s = {1, 2, 3}
s2 = frozenset({3, 4})
print(s | s2, s & s2, s - s2, s ^ s2, s2 | s, s <= {1, 2, 3, 4}, s.isdisjoint(s2), s.issuperset({1}))
s.discard(9); s.add(4); s.difference_update({1}); print(s, s.pop(), s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {{1}: 2}
except TypeError as e:
    print(e)
print(list(d), list(reversed(d)), dict(zip("ab", [1, 2])), {x: x * x for x in range(3)})
