g = (x * 2 for x in range(10))
s = sum(x for x in y)
t = sum((x for x in y), 0)
u = f(x for x in y if x if z for w in v)
