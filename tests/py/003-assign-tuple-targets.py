# tuple targets, swaps, nested unpacking, unpacking from lists and strings
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
x, y, z = [10, 20, 30]
print(x + y + z)
p, q = "hi"
print(p, q)
[r, s] = (7, 8)
print(r, s)
i, j = j, i = 1, 2
print(i, j)
for k, v in [(1, "one"), (2, "two")]:
    print(k, v)
