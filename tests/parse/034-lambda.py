f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=2, *a, z, **k: (x, y)
i = lambda *, k: k
j = lambda x: lambda y: x + y
k = lambda x=lambda: 1: x
