x = (a)the wh + (b)
y = ((c))
z = (d)(e)[(f)]
print((g), (h))
w = -(i) ** (j)
v = (k) if (l) else (m)
u = not (n)
t = [(o) for (p) in (q)]
