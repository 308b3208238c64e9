a, b = 1, 2
(c, d) = e, f = [3, 4]
[g, h] = i
a, *rest = range(5)
*init, last = x
