# dict iteration order after updates and deletions; iterating views
d = {}
for k in ["one", "two", "three", "four"]:
    d[k] = len(k)
del d["two"]
d["two"] = 2
d["one"] = 100
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v, end="; ")
print()
print(list(d.values()), sum(d.values()), "three" in d.keys(), 5 in d.values())
keys = d.keys()
d["five"] = 5
print(len(keys), list(keys))
