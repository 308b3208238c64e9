# UNPACK_SEQUENCE after quickening: loops of 8+ rounds over tuples, lists, strs and mixes, wrong lengths.
data = [(1, 2), [3, 4], "ab", (5, 6), [7, 8], "cd", (9, 10), "ef", [11, 12], (13, 14)]
out = []
for i in range(3):
    for a, b in data:
        out.append((a, b))
print(len(out), out[:4])
t = 0
for i in range(20):
    x, y, z = (i, i + 1, i + 2)
    p, q = [i, -i]
    c, d = "xy"
    t += x + y + z + p + q
print(t, c, d)
for i in range(12):
    try:
        a, b = (1, 2, 3) if i % 5 == 4 else (1, 2)
    except ValueError as e:
        print(i, e)
for i in range(12):
    try:
        a, b = [1] if i == 9 else [1, 2]
    except ValueError as e:
        print(i, e)
for i in range(10):
    try:
        a, b = "abc" if i == 8 else "ab"
    except ValueError as e:
        print(i, e)
for i in range(10):
    a, *b, c = range(i + 2)
print(a, b, c)
it = iter([(1, 2)] * 10 + [{3: 4, 5: 6}])
for k, v in it:
    pass
print(k, v)
for i in range(10):
    (a, b), c = (i, i), i
print(a, b, c)
