# dict methods: get setdefault pop popitem update keys values items copy clear; insertion order
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("e", 5), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 20, "f": 6})
d.update(g=7)
print(d)
c = d.copy()
d.clear()
print(d, c, len(c))
d2 = {}
d2["x"] = 1
d2["y"] = 2
del d2["x"]
d2["x"] = 3
print(d2)
print(dict.fromkeys("abc", 0))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({1: "a", 1.0: "b", True: "c"})
