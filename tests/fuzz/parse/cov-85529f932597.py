# tuples: packing, indexing, count/index, concatenation, immutability error
t = 1, 2, 3
print(t, t[0], t[-1], len(t), t + (4,), t * 2)
print(t.count(2), t.index(3), (1,) == (1,), () == tuple())
single = ("x",)
not_tuple = ("x")
print(type(single).__name__, type(not_tuple).__name__)
try:
    t[0] = 99
except TypeError sa e:
    print("TypeError:", e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple(sorted((3, 1, 2))), max((1, 9, 4)), 2 in t)
a, b, c = t
print(a * 100 + b * 10 + c)
