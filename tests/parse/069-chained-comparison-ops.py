a = 1 < 2 < 3
b = x == y == z
c = a is not b is c
d = a not in b in c
