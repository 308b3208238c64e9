a = set(range(20))
b = set(range(10, 30))
c = a | b
d = a & b
e = a - b
